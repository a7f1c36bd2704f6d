package org.newsdesk.cms.importer.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.newsdesk.cms.article.body.BodyHtml;

/**
 * Reads an article saved as Markdown (see DOCUMENT-FORMAT.md, part 1) by walking
 * CommonMark's syntax tree block by block: title, byline, date, optional picture
 * caption, body paragraphs with "Related article" links among them, and the
 * "Original url:" trailer.
 */
public final class MarkdownDocumentParser {

    private static final Pattern RELATED_LABEL = Pattern.compile("(?i)^\\s*related\\s+articles?\\s*:?\\s*$");
    private static final Pattern ORIGINAL_URL_LABEL = Pattern.compile("(?i)^\\s*original\\s+url\\s*:");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().build();

    /**
     * @throws UnreadableDocumentException when the text is no article: no title, no date, no body
     */
    public ParsedArticle parse(String markdown) {
        List<Node> blocks = children(parser.parse(markdown));
        int next = indexOfTitle(blocks);
        String title = plainText(blocks.get(next++));
        if (VisibleText.isBlank(title)) {
            throw new UnreadableDocumentException("the title heading is empty or shows only invisible characters");
        }

        List<String> authors = List.of();
        LocalDate publishedOn = null;
        List<String> sectionPath = List.of();
        List<String> tags = List.of();
        for (; next < blocks.size(); next++) {
            String text = plainText(blocks.get(next));
            if (isRepeatedTitle(blocks.get(next), text, title)) {
                continue; // a page saved with its <title> and its <h1> repeats the heading
            }
            if (!(blocks.get(next) instanceof Paragraph header)) {
                break;
            }
            // Optional "Section: World > Europe" and "Tags: Climate, China" lines, anywhere in the header.
            List<String> section = Taxonomy.sectionLine(text);
            List<String> tagged = section == null ? Taxonomy.tagsLine(text) : null;
            if (section != null || tagged != null) {
                sectionPath = section != null ? section : sectionPath;
                tags = tagged != null ? tagged : tags;
                continue;
            }
            Optional<LocalDate> date = publishedOn == null ? DocumentDates.parse(text) : Optional.empty();
            if (date.isPresent()) {
                publishedOn = date.get();
            } else if ((authors.isEmpty() || publishedOn == null) && Bylines.isByline(text)) {
                // A second byline above the date (often the same one twice) adds its names.
                authors = Bylines.distinct(Stream.concat(authors.stream(), bylineNames(header, text).stream()).toList());
            } else {
                break;
            }
        }
        if (publishedOn == null) {
            throw new UnreadableDocumentException(
                    "no publication date: expected a line such as 'September 02, 2025' under the title and byline");
        }

        ParsedArticle.Picture picture = null;
        if (next < blocks.size() && blocks.get(next) instanceof Paragraph candidate) {
            picture = picture(candidate);
            if (picture != null) {
                next++;
            }
        }

        Body body = body(blocks.subList(next, blocks.size()), title);
        return new ParsedArticle(title, authors, publishedOn, picture, body.html(), body.related(), body.canonicalUrl())
                .withTaxonomy(sectionPath, Taxonomy.topics(tags, null));
    }

    private static int indexOfTitle(List<Node> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading heading && heading.getLevel() == 1) {
                return i;
            }
        }
        throw new UnreadableDocumentException("no title: the document has no level-1 heading ('# Title')");
    }

    private static List<String> bylineNames(Paragraph byline, String text) {
        List<String> linked = new ArrayList<>();
        for (Node inline : children(byline)) {
            if (inline instanceof Link link) {
                linked.add(plainText(link));
            }
        }
        return linked.isEmpty() ? Bylines.namesIn(text) : Bylines.distinct(linked);
    }

    /** A caption paragraph ends in bold, the credit ("… Jinping. **Kremlin Press Service**"), or holds an image. */
    private static ParsedArticle.Picture picture(Paragraph paragraph) {
        List<Node> inlines = children(paragraph);
        Node last = inlines.isEmpty() ? null : inlines.get(inlines.size() - 1);
        if (last instanceof Text text && text.getLiteral().isBlank() && inlines.size() > 1) {
            last = inlines.get(inlines.size() - 2);
        }
        Image image = inlines.stream().filter(Image.class::isInstance).map(Image.class::cast).findFirst().orElse(null);
        if (!(last instanceof StrongEmphasis) && image == null) {
            return null;
        }
        String credit = last instanceof StrongEmphasis ? blankToNull(plainText(last)) : null;
        StringBuilder caption = new StringBuilder();
        for (Node inline : inlines) {
            if (inline != last || credit == null) {
                appendPlainText(inline, caption);
            }
        }
        String captionText = blankToNull(collapse(caption.toString()));
        if (captionText == null && image != null) {
            captionText = blankToNull(plainText(image));
        }
        if (credit != null && captionText != null && captionText.length() > 600) {
            return null; // a long paragraph that merely ends in bold is body text
        }
        return new ParsedArticle.Picture(captionText, credit, image == null ? null : safeUrl(image.getDestination()));
    }

    private record Body(String html, List<ParsedArticle.Link> related, String canonicalUrl) {
    }

    private Body body(List<Node> blocks, String title) {
        StringBuilder html = new StringBuilder();
        List<ParsedArticle.Link> related = new ArrayList<>();
        String canonicalUrl = null;
        int bodyBlocks = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Node block = blocks.get(i);
            String text = plainText(block);
            if (block instanceof Paragraph && ORIGINAL_URL_LABEL.matcher(text).find()) {
                Optional<String> url = firstUrl(block);
                if (url.isEmpty() && i + 1 < blocks.size() && isOnlyAUrl(blocks.get(i + 1))) {
                    url = firstUrl(blocks.get(++i));
                }
                if (url.isEmpty()) {
                    throw new UnreadableDocumentException("'Original url:' is not followed by a URL");
                }
                // The trailer usually ends the document, but text after it is still the article's:
                // read on. A second trailer may repeat the URL, not name another article.
                String found = CanonicalUrls.require(url.get());
                if (canonicalUrl != null && !canonicalUrl.equals(found)) {
                    throw new UnreadableDocumentException("the document names two different original URLs, '"
                            + CanonicalUrls.abbreviate(canonicalUrl) + "' and '" + CanonicalUrls.abbreviate(found) + "'");
                }
                canonicalUrl = found;
                continue;
            }
            if (block instanceof Paragraph paragraph && isRelatedLinks(paragraph)) {
                for (Node inline : children(paragraph)) {
                    if (inline instanceof Link link && !VisibleText.isBlank(plainText(link))) {
                        related.add(new ParsedArticle.Link(plainText(link), safeUrl(link.getDestination()), bodyBlocks));
                    }
                }
                continue;
            }
            if (block instanceof ThematicBreak || isRepeatedTitle(block, text, title)) {
                continue;
            }
            if (block instanceof Heading heading && heading.getLevel() == 1) {
                // Another level-1 heading is a section of the body; <h1> is not in the body's safelist,
                // which would leave its text outside any block.
                heading.setLevel(2);
            }
            String safe = BodyHtml.sanitizeVisible(renderer.render(block));
            if (safe.isEmpty()) {
                continue; // a paragraph of only an image leaves nothing worth keeping
            }
            html.append(block instanceof HtmlBlock ? inParagraphs(safe) : safe).append('\n');
            bodyBlocks++;
            ParsedArticle.checkBodyLength(html);
        }
        if (bodyBlocks == 0) {
            throw new UnreadableDocumentException("the article has no body paragraphs");
        }
        return new Body(html.toString().strip(), related, canonicalUrl);
    }

    /**
     * Raw HTML whose wrapper the safelist drops ({@code <div>}, {@code <section>}, {@code <table>})
     * leaves its text loose between blocks, where plain-text readers of the body do not look:
     * each loose run becomes a paragraph.
     */
    private static String inParagraphs(String safeHtml) {
        org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(safeHtml);
        List<org.jsoup.nodes.Node> loose = new ArrayList<>();
        for (org.jsoup.nodes.Node node : List.copyOf(fragment.body().childNodes())) {
            if (node instanceof Element element && element.isBlock()) {
                wrapInParagraph(loose);
            } else {
                loose.add(node);
            }
        }
        wrapInParagraph(loose);
        fragment.outputSettings().prettyPrint(false);
        return fragment.body().html().strip();
    }

    private static void wrapInParagraph(List<org.jsoup.nodes.Node> loose) {
        boolean hasText = loose.stream().anyMatch(node -> node instanceof Element
                || node instanceof TextNode text && !text.isBlank());
        if (hasText) {
            Element paragraph = new Element("p");
            loose.get(0).before(paragraph);
            loose.forEach(paragraph::appendChild);
        }
        loose.clear();
    }

    /** A paragraph of one link or address and nothing else, as {@code <https://…>} under "Original url:". */
    private static boolean isOnlyAUrl(Node block) {
        if (!(block instanceof Paragraph)) {
            return false;
        }
        List<Node> inlines = children(block).stream()
                .filter(inline -> !(inline instanceof SoftLineBreak || inline instanceof Text text && text.getLiteral().isBlank()))
                .toList();
        String text = plainText(block);
        return inlines.size() == 1 && (inlines.get(0) instanceof Link
                || (text.startsWith("http://") || text.startsWith("https://")) && !text.contains(" "));
    }

    private static boolean isRepeatedTitle(Node block, String text, String title) {
        return block instanceof Heading && text.equalsIgnoreCase(title);
    }

    private static boolean isRelatedLinks(Paragraph paragraph) {
        Node first = paragraph.getFirstChild();
        return first instanceof StrongEmphasis && RELATED_LABEL.matcher(plainText(first)).matches();
    }

    private static Optional<String> firstUrl(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link link) {
                return Optional.of(link.getDestination());
            }
            Optional<String> nested = firstUrl(child);
            if (nested.isPresent()) {
                return nested;
            }
        }
        if (node instanceof Paragraph) {
            String text = plainText(node).replaceFirst(ORIGINAL_URL_LABEL.pattern(), "").strip();
            if (text.startsWith("http://") || text.startsWith("https://")) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** The link target unless it is a placeholder ("#") or not http(s). */
    private static String safeUrl(String destination) {
        return CanonicalUrls.isHttp(destination) ? destination : null;
    }

    private static List<Node> children(Node parent) {
        List<Node> nodes = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            nodes.add(child);
        }
        return nodes;
    }

    /** The text a reader sees in a node: literals and code, line breaks as spaces, no markup. */
    static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        appendPlainText(node, text);
        return collapse(text.toString());
    }

    private static void appendPlainText(Node node, StringBuilder text) {
        if (node instanceof Text literal) {
            text.append(literal.getLiteral());
        } else if (node instanceof Code code) {
            text.append(code.getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            text.append(' ');
        } else if (node instanceof HtmlInline) {
            return; // raw tags are markup, not text
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            appendPlainText(child, text);
        }
    }

    /**
     * Stripped, with each run of spaces, tabs and line breaks (what the regex \s
     * matches) made one space. A loop, not a regex: it runs for every block of every
     * document, and the regex engine was a tenth of an import's parsing time.
     */
    static String collapse(String text) {
        String stripped = text.strip();
        StringBuilder collapsed = new StringBuilder(stripped.length());
        boolean inRun = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                collapsed.append(c);
            } else if (!inRun) {
                collapsed.append(' ');
            }
            inRun = space;
        }
        return collapsed.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
