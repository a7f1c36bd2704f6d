package org.newsdesk.cms.importer.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns one file's bytes (or an editor's pasted text) into a {@link ParsedArticle},
 * choosing the parser by file name: {@code .html}/{@code .htm} are saved web pages,
 * {@code .txt}/{@code .md}/{@code .markdown} are Markdown copies, {@code .json} files
 * are ninjs items (agency JSON; any other JSON is refused with the reason). A name
 * with none of these endings is read by its content: a page, a JSON object, else
 * Markdown. Plain class, no CDI state: the import job and the tests use it alike.
 */
public final class DocumentReader {

    /** File name endings the importer reads; anything else in a folder is not a document. */
    public static boolean isDocument(String fileName) {
        return kindOf(fileName) != Kind.UNKNOWN;
    }

    private enum Kind { MARKDOWN, HTML, JSON, UNKNOWN }

    private final long maxBytes;
    private final MarkdownDocumentParser markdown = new MarkdownDocumentParser();
    private final HtmlDocumentParser html = new HtmlDocumentParser();
    private final NinjsDocumentParser ninjs = new NinjsDocumentParser();

    public DocumentReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * @throws UnreadableDocumentException with a reason an editor understands
     */
    public ParsedArticle read(String fileName, byte[] content) {
        checkSize(content.length);
        if (hasUtf16ByteOrderMark(content)) {
            // Every other byte of UTF-16 text is 0 and would pass for binary data: decode it first.
            return read(fileName, decode(content, StandardCharsets.UTF_16)
                    .orElseThrow(() -> new UnreadableDocumentException("not UTF-16 text, although it starts like it:"
                            + " save the document as UTF-8 and import it again")));
        }
        if (isBlank(content)) {
            throw new UnreadableDocumentException("the file is empty");
        }
        if (isBinary(content)) {
            throw new UnreadableDocumentException("not a text document: it holds binary data");
        }
        if (kindOf(fileName) == Kind.HTML || kindOf(fileName) == Kind.UNKNOWN && looksLikeHtml(content)) {
            Document page = parseHtml(content);
            // A page that declares no other charset is read as UTF-8; one that is not (a Latin-1 page
            // saved without <meta charset>) would otherwise be stored with its accents as U+FFFD.
            if (page.charset().equals(StandardCharsets.UTF_8) && decode(content, StandardCharsets.UTF_8).isEmpty()) {
                throw new UnreadableDocumentException("not UTF-8 text, and the page declares no other charset:"
                        + " save it as UTF-8 (or add its <meta charset>) and import it again");
            }
            return html.parse(page);
        }
        if (kindOf(fileName) == Kind.JSON || kindOf(fileName) == Kind.UNKNOWN && looksLikeJson(content)) {
            return ninjs.parse(decodeText(content));
        }
        return markdown.parse(decodeText(content));
    }

    /**
     * The same for text that arrived as a string (the {@code importDocument} mutation).
     * It is decoded already, so a page's {@code <meta charset>} must not re-decode it.
     */
    public ParsedArticle read(String fileName, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > maxBytes || content.isBlank() || content.indexOf('\0') >= 0) {
            return read(fileName, bytes); // reports the size, emptiness or binary content
        }
        if (kindOf(fileName) == Kind.HTML || kindOf(fileName) == Kind.UNKNOWN && looksLikeHtml(bytes)) {
            return html.parse(Jsoup.parse(content));
        }
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (kindOf(fileName) == Kind.JSON || kindOf(fileName) == Kind.UNKNOWN && looksLikeJson(bytes)) {
            return ninjs.parse(text);
        }
        return markdown.parse(text);
    }

    private void checkSize(long bytes) {
        if (bytes > maxBytes) {
            throw new UnreadableDocumentException(String.format(Locale.ROOT,
                    "the document is %,d bytes, over the limit of %,d bytes for one document", bytes, maxBytes));
        }
    }

    private static Document parseHtml(byte[] content) {
        try {
            // Jsoup honours a BOM or <meta charset>, and defaults to UTF-8.
            return Jsoup.parse(new ByteArrayInputStream(content), null, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBinary(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static String decodeText(byte[] content) {
        String text = decode(content, StandardCharsets.UTF_8).orElseThrow(() -> new UnreadableDocumentException(
                "not UTF-8 text: save the document as UTF-8 and import it again"));
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The text, or empty when the bytes are not valid in {@code charset}. UTF-16 takes its byte order from the BOM. */
    private static Optional<String> decode(byte[] content, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(content)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean hasUtf16ByteOrderMark(byte[] content) {
        return content.length >= 2 && ((content[0] & 0xff) == 0xFE && (content[1] & 0xff) == 0xFF
                || (content[0] & 0xff) == 0xFF && (content[1] & 0xff) == 0xFE);
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (!Character.isWhitespace(b & 0xff) && (b & 0xff) != 0xEF && (b & 0xff) != 0xBB && (b & 0xff) != 0xBF) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeHtml(byte[] content) {
        String start = new String(content, 0, Math.min(content.length, 512), StandardCharsets.UTF_8)
                .stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    /** A JSON object: no Markdown copy or page starts with "{". */
    private static boolean looksLikeJson(byte[] content) {
        for (byte b : content) {
            int c = b & 0xff;
            if (c == '{') {
                return true;
            }
            if (!Character.isWhitespace(c) && c != 0xEF && c != 0xBB && c != 0xBF) { // a UTF-8 BOM may come first
                return false;
            }
        }
        return false;
    }

    private static Kind kindOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Kind.HTML;
        }
        if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown")) {
            return Kind.MARKDOWN;
        }
        if (name.endsWith(".json")) {
            return Kind.JSON;
        }
        return Kind.UNKNOWN;
    }
}
