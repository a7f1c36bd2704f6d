package org.newsdesk.cms.article.body;

/**
 * An article body as it is stored: sanitized HTML and what is derived from it (plain
 * text for search, excerpt, word count). Preparing one is CPU work with no database
 * in it, so a large import does it ahead, off the thread that writes.
 */
public record ArticleBody(String html, String text, String excerpt, int wordCount) {

    public static ArticleBody of(String html) {
        return BodyHtml.prepare(html);
    }
}
