package org.newsdesk.cms.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders a stored (sanitized) body as CommonMark. The input only ever holds the
 * tags of {@link BodyHtml}'s safelist, so this covers each of them and treats any
 * other element as its text.
 */
public final class BodyMarkdown {

    private BodyMarkdown() {
    }

    public static String fromSafeHtml(String safeHtml) {
        StringBuilder out = new StringBuilder();
        for (Node block : Jsoup.parseBodyFragment(safeHtml).body().childNodes()) {
            String rendered = block(block).strip();
            if (!rendered.isEmpty()) {
                out.append(rendered).append("\n\n");
            }
        }
        return out.toString().strip();
    }

    private static String block(Node node) {
        if (!(node instanceof Element element)) {
            return inline(node);
        }
        return switch (element.normalName()) {
            case "h2", "h3", "h4", "h5", "h6" ->
                "#".repeat(element.normalName().charAt(1) - '0') + " " + inlineChildren(element);
            case "blockquote" -> prefixLines(childBlocks(element), "> ");
            case "ul", "ol" -> list(element);
            case "pre" -> "```\n" + element.wholeText().stripTrailing() + "\n```";
            case "dl" -> childBlocks(element);
            default -> inlineChildren(element);
        };
    }

    private static String childBlocks(Element element) {
        StringBuilder out = new StringBuilder();
        for (Node child : element.childNodes()) {
            String rendered = block(child).strip();
            if (!rendered.isEmpty()) {
                out.append(rendered).append("\n\n");
            }
        }
        return out.toString().strip();
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
            case "code" -> "`" + element.text() + "`";
            case "br" -> "  \n";
            case "q" -> "“" + inner + "”";
            case "a" -> "[" + inner + "](" + element.attr("href").replace(")", "%29").replace(" ", "%20") + ")";
            case "strike" -> "~~" + inner + "~~";
            default -> inner;
        };
    }

    /** Escapes the characters that would otherwise start Markdown syntax inside text. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>])", "\\\\$1");
    }
}
