package org.newsdesk.cms.importer.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.newsdesk.cms.article.body.BodyHtml;

/**
 * A ninjs body as the store keeps bodies: a sequence of blocks (paragraphs, headings,
 * quotes, lists, preformatted text), each through {@link BodyHtml#sanitizeVisible}, one
 * per line, with "Related article" paragraphs taken out as links at their position.
 * Agencies' markup is looser than a saved page's {@code <article>}: wrappers
 * ({@code <div>}, {@code <section>}, tables) are looked into, and text outside any
 * block becomes a paragraph rather than being lost. A stored body read again gives
 * the same blocks, which is what lets an exported article import as unchanged.
 */
record NinjsBody(String html, List<ParsedArticle.Link> related) {

    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "pre");
    /** Elements whose content is never text a reader sees. */
    private static final Evaluator NO_TEXT =
            Selector.evaluatorOf("script, style, template, noscript, iframe, object, embed, svg, math");
    /** Wrappers looked into at most this deep; deeper ones are kept whole, as one paragraph of their text. */
    private static final int MAX_NESTING = 100;
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f]*\\n\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static NinjsBody ofHtml(String html) {
        Element root = Jsoup.parseBodyFragment(html).body();
        root.select(NO_TEXT).remove();
        root.select("h1").tagName("h2"); // <h1> is not in the body's safelist, which would leave its text loose
        Blocks blocks = new Blocks();
        blocks.addChildren(root, 0);
        return blocks.finish();
    }

    /**
     * Plain text: a paragraph per run of text between blank lines, or per line when the
     * text has no blank line at all (as some agencies send it).
     */
    static NinjsBody ofText(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        String[] paragraphs = BLANK_LINE.matcher(lines).find() ? BLANK_LINE.split(lines) : lines.split("\n");
        Blocks blocks = new Blocks();
        for (String paragraph : paragraphs) {
            blocks.add(blocks.paragraph().text(SPACES.matcher(paragraph).replaceAll(" ").strip()));
        }
        return blocks.finish();
    }

    private static final class Blocks {

        /** Where a block is serialized: without pretty-printing, which would add line breaks to its text. */
        private final Document holder = Document.createShell("");
        private final StringBuilder html = new StringBuilder();
        private final List<ParsedArticle.Link> related = new ArrayList<>();
        /** Text and inline elements met outside any block, waiting to become a paragraph. */
        private final List<Node> loose = new ArrayList<>();
        private int count;

        Blocks() {
            holder.outputSettings().prettyPrint(false);
        }

        /** A new, empty paragraph. */
        Element paragraph() {
            return holder.createElement("p");
        }

        /** Adds the blocks under {@code parent}; blocks are moved out of it, so it is read from a copy of its children. */
        void addChildren(Element parent, int depth) {
            for (Node node : List.copyOf(parent.childNodes())) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    addLoose();
                    add(element);
                } else if (node instanceof Element element && element.isBlock() && depth < MAX_NESTING) {
                    addLoose();
                    addChildren(element, depth + 1);
                    addLoose();
                } else {
                    loose.add(node);
                }
            }
        }

        private void addLoose() {
            if (loose.isEmpty()) {
                return;
            }
            Element paragraph = paragraph();
            loose.forEach(paragraph::appendChild);
            loose.clear();
            add(paragraph);
        }

        void add(Element block) {
            String text = block.text();
            if (HtmlDocumentParser.isRelatedLinks(text)) {
                related.addAll(HtmlDocumentParser.relatedLinks(block, count));
                return;
            }
            if (text.isBlank()) {
                return; // cleaning only ever removes text: no need to sanitize a block without any
            }
            holder.body().appendChild(block);
            String safe = BodyHtml.sanitizeVisible(block.outerHtml());
            block.remove();
            if (!safe.isEmpty()) {
                html.append(safe).append('\n');
                count++;
                ParsedArticle.checkBodyLength(html);
            }
        }

        NinjsBody finish() {
            addLoose();
            return new NinjsBody(html.toString().strip(), List.copyOf(related));
        }
    }
}
