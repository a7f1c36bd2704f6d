package org.newsdesk.cms.article.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Renders a stored (sanitized) body as CommonMark. The input only ever holds the
 * tags of {@link BodyHtml}'s safelist, so this covers each of them and treats any
 * other element as its text.
 */
public final class BodyMarkdown {

    /** Tags that start a Markdown block; everything else is inline and joins the text around it. */
    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre", "dl", "dt", "dd", "div");

    /** Text at the start of a line that CommonMark would read as a heading, list item, break or fence. */
    private static final Pattern BLOCK_MARKER = Pattern.compile("(?m)^([#=+~-])|^(\\d{1,9})([.)])");

    private BodyMarkdown() {
    }

    /**
     * Quotes nested deeper than this render at this depth: every level repeats "> " on
     * every line inside it, so a document of 10,000 nested quotes (a hostile import)
     * made 19 MB of Markdown in 27 s. No reader tells level 9 from level 90.
     */
    static final int MAX_QUOTE_DEPTH = 8;

    public static String fromSafeHtml(String safeHtml) {
        Element body = Jsoup.parseBodyFragment(safeHtml).body();
        flattenQuotesBelow(body, MAX_QUOTE_DEPTH);
        return childBlocks(body);
    }

    /** Unwraps the quotes that have {@code depth} quotes around them already, in one walk of the tree. */
    private static void flattenQuotesBelow(Element root, int depth) {
        List<Element> tooDeep = new ArrayList<>();
        root.traverse(new NodeVisitor() {
            private int quotes;

            @Override
            public void head(Node node, int level) {
                if (isQuote(node) && ++quotes > depth) {
                    tooDeep.add((Element) node);
                }
            }

            @Override
            public void tail(Node node, int level) {
                if (isQuote(node)) {
                    quotes--;
                }
            }
        });
        for (int i = tooDeep.size() - 1; i >= 0; i--) {
            tooDeep.get(i).unwrap();
        }
    }

    private static boolean isQuote(Node node) {
        return node instanceof Element element && element.normalName().equals("blockquote");
    }

    private static String block(Element element) {
        return switch (element.normalName()) {
            case "h2", "h3", "h4", "h5", "h6" ->
                "#".repeat(element.normalName().charAt(1) - '0') + " " + inlineChildren(element);
            case "blockquote" -> prefixLines(childBlocks(element), "> ");
            case "ul", "ol" -> list(element);
            case "pre" -> codeBlock(element.wholeText().stripTrailing());
            case "dl" -> childBlocks(element);
            default -> escapeBlockMarkers(inlineChildren(element).strip());
        };
    }

    /**
     * Child blocks separated by blank lines. Text and inline elements between blocks
     * (as in {@code <li>See <a href=…>the report</a></li>}) form one paragraph together.
     */
    private static String childBlocks(Element element) {
        List<String> blocks = new ArrayList<>();
        StringBuilder inlineRun = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof Element childElement && BLOCK_TAGS.contains(childElement.normalName())) {
                addBlock(blocks, escapeBlockMarkers(inlineRun.toString().strip()));
                inlineRun.setLength(0);
                addBlock(blocks, block(childElement));
            } else {
                inlineRun.append(inline(child));
            }
        }
        addBlock(blocks, escapeBlockMarkers(inlineRun.toString().strip()));
        return String.join("\n\n", blocks);
    }

    private static void addBlock(List<String> blocks, String rendered) {
        String block = rendered.strip();
        if (!block.isEmpty()) {
            blocks.add(block);
        }
    }

    /** "1984. The year …" stays a paragraph rather than becoming a numbered list. */
    private static String escapeBlockMarkers(String text) {
        return BLOCK_MARKER.matcher(text).replaceAll(marker -> Matcher.quoteReplacement(marker.group(1) != null
                ? "\\" + marker.group(1)
                : marker.group(2) + "\\" + marker.group(3)));
    }

    private static String list(Element list) {
        StringBuilder out = new StringBuilder();
        int number = 1;
        for (Element item : list.children()) {
            String marker = list.normalName().equals("ol") ? (number++) + ". " : "- ";
            out.append(marker).append(childBlocks(item).replace("\n", "\n   ")).append('\n');
        }
        return out.toString();
    }

    private static String prefixLines(String text, String prefix) {
        return prefix + text.replace("\n", "\n" + prefix);
    }

    private static String inlineChildren(Element element) {
        StringBuilder out = new StringBuilder();
        for (Node child : element.childNodes()) {
            out.append(inline(child));
        }
        return out.toString();
    }

    private static String inline(Node node) {
        if (node instanceof TextNode text) {
            return escape(text.text());
        }
        if (!(node instanceof Element element)) {
            return "";
        }
        String inner = inlineChildren(element);
        return switch (element.normalName()) {
            case "em", "i", "cite" -> "*" + inner + "*";
            case "strong", "b" -> "**" + inner + "**";
            case "code" -> codeSpan(element.text());
            case "br" -> "  \n";
            case "q" -> "“" + inner + "”";
            case "a" -> "[" + inner + "](" + element.attr("href").replace(")", "%29").replace(" ", "%20") + ")";
            case "strike" -> "~~" + inner + "~~";
            default -> inner;
        };
    }

    /**
     * A fenced block whose fence is longer than any run of backticks in the code, so that
     * no line of it can close the fence and turn what follows into raw HTML.
     */
    private static String codeBlock(String code) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(code) + 1));
        return fence + "\n" + code + "\n" + fence;
    }

    /**
     * A code span delimited by more backticks than any run inside it; padded with a space
     * (which CommonMark strips) where the code begins or ends with a backtick or a space.
     */
    private static String codeSpan(String code) {
        if (code.isEmpty()) {
            return "";
        }
        String fence = "`".repeat(longestBacktickRun(code) + 1);
        boolean pad = code.startsWith("`") || code.endsWith("`") || code.startsWith(" ") || code.endsWith(" ");
        return pad ? fence + " " + code + " " + fence : fence + code + fence;
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** Escapes the characters that would otherwise start Markdown syntax inside text. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>])", "\\\\$1");
    }
}
