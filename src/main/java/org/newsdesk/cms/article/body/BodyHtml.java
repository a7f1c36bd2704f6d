package org.newsdesk.cms.article.body;

import java.text.BreakIterator;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The one gate through which article body HTML enters the store, and the
 * derived views of a stored body (plain text, excerpt, word count).
 *
 * <p>Every body, imported or written by an editor, passes {@link #sanitize}: a
 * Jsoup safelist of text-level and block tags, http(s)/mailto links only. Scripts,
 * styles, event handlers, {@code javascript:} and {@code data:} URLs, images and
 * frames never reach the database.
 */
public final class BodyHtml {

    /** Characters of plain text kept in an excerpt. */
    public static final int EXCERPT_LENGTH = 280;

    private static final Safelist SAFELIST = Safelist.basic()
            .addTags("h2", "h3", "h4", "h5", "h6")
            // Links in a newsroom's own copy are editorial choices, not user spam:
            // drop basic()'s enforced rel=nofollow.
            .removeEnforcedAttribute("a", "rel");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings()
            .prettyPrint(false)
            .charset("UTF-8")
            .escapeMode(org.jsoup.nodes.Entities.EscapeMode.base);

    // Selectors parsed once: an import cleans every block of every document, and
    // parsing the query on each call cost more than running it.
    private static final Evaluator LINKS_WITHOUT_TARGET = Selector.evaluatorOf("a:not([href])");
    private static final Evaluator PARAGRAPH = Selector.evaluatorOf("p");

    private BodyHtml() {
    }

    /** Returns the safe subset of {@code html}; the input may be any fragment. */
    public static String sanitize(String html) {
        return clean(html).html().strip();
    }

    /**
     * {@link #sanitize}, or the empty string when what is left shows a reader no text
     * (a paragraph of only an image): how the importers keep a document's blocks.
     */
    public static String sanitizeVisible(String html) {
        Element clean = clean(html);
        return clean.text().isBlank() ? "" : clean.html().strip();
    }

    private static Element clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html == null ? "" : html);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        // A link whose target was removed (placeholder "#", javascript:, relative)
        // is kept as its text rather than as a dead <a>.
        clean.body().select(LINKS_WITHOUT_TARGET).unwrap();
        clean.outputSettings(OUTPUT);
        return clean.body();
    }

    /**
     * {@link #sanitize}, with the views derived from a stored body ({@link #searchText},
     * {@link #excerpt}, {@link #wordCount}) taken from the cleaned tree rather than from
     * parsing its HTML again.
     */
    static ArticleBody prepare(String html) {
        Element clean = clean(html);
        return new ArticleBody(clean.html().strip(), searchText(clean), excerpt(clean), wordCount(clean));
    }

    private static Element parse(String safeHtml) {
        return Jsoup.parseBodyFragment(safeHtml).body();
    }

    /** Number of top-level blocks (paragraphs, lists, quotes…) of a stored body. */
    public static int blockCount(String safeHtml) {
        return Jsoup.parseBodyFragment(safeHtml).body().childrenSize();
    }

    /** Plain text of a stored body: one block per paragraph, blank line between. */
    public static String toText(String safeHtml) {
        return toText(parse(safeHtml));
    }

    private static String toText(Element body) {
        StringBuilder text = new StringBuilder();
        for (Element block : body.children()) {
            appendBlockText(block, text);
        }
        if (text.isEmpty() && !body.text().isBlank()) {
            return body.text();
        }
        return text.toString().strip();
    }

    /**
     * Plain text of a stored body for full-text search: {@link #toText}, without
     * private-use characters (they mean nothing outside the program that assigned
     * them, and search snippets use two of them to mark matches).
     */
    public static String searchText(String safeHtml) {
        return searchText(parse(safeHtml));
    }

    private static String searchText(Element body) {
        String text = toText(body);
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> Character.getType(c) != Character.PRIVATE_USE).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static void appendBlockText(Element block, StringBuilder text) {
        String tag = block.normalName();
        if (tag.equals("ul") || tag.equals("ol")) {
            int number = 1;
            for (Element item : block.children()) {
                String marker = tag.equals("ol") ? (number++) + ". " : "- ";
                text.append(marker).append(item.text()).append('\n');
            }
            text.append('\n');
            return;
        }
        String blockText = tag.equals("pre") ? block.wholeText() : block.text();
        if (!blockText.isBlank()) {
            text.append(blockText).append("\n\n");
        }
    }

    /** The first paragraph's text, cut at a word boundary to {@link #EXCERPT_LENGTH}. */
    public static String excerpt(String safeHtml) {
        return excerpt(parse(safeHtml));
    }

    private static String excerpt(Element body) {
        Element first = body.selectFirst(PARAGRAPH);
        String text = first != null ? first.text() : body.text();
        if (text.length() <= EXCERPT_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT_LENGTH - 1);
        if (cut < EXCERPT_LENGTH / 2) {
            // Not between the two halves of an emoji or another character outside the BMP.
            cut = Character.isLowSurrogate(text.charAt(EXCERPT_LENGTH - 1)) ? EXCERPT_LENGTH - 2 : EXCERPT_LENGTH - 1;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    /** Words in the body, by the JDK's word boundaries (so CJK text counts too). */
    public static int wordCount(String safeHtml) {
        return wordCount(parse(safeHtml));
    }

    private static int wordCount(Element body) {
        String text = body.text();
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text);
        int count = 0;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (containsLetterOrDigit(text, start, end)) {
                count++;
            }
        }
        return count;
    }

    private static boolean containsLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
