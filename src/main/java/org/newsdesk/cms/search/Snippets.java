package org.newsdesk.cms.search;

/**
 * Search snippets: plain body text around the matches, safe to put into a page.
 * Engines mark each match with {@link #MATCH_START} and {@link #MATCH_END}
 * (private-use characters, which stored body text never contains); {@link #render}
 * escapes everything and turns only those marks into {@code <mark>} tags.
 */
final class Snippets {

    static final char MATCH_START = '\uE000';
    static final char MATCH_END = '\uE001';
    /** Between two passages of one snippet. */
    static final String GAP = " … ";

    private Snippets() {
    }

    /** Marked plain text as HTML: whitespace collapsed, every character escaped, matches in {@code <mark>}. */
    static String render(String marked) {
        if (marked == null) {
            return "";
        }
        String text = marked.replaceAll("\\s+", " ").strip();
        StringBuilder html = new StringBuilder(text.length() + 32);
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case MATCH_START -> {
                    if (!open) {
                        html.append("<mark>");
                        open = true;
                    }
                }
                case MATCH_END -> {
                    if (open) {
                        html.append("</mark>");
                        open = false;
                    }
                }
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString().replace("<mark></mark>", "");
    }
}
