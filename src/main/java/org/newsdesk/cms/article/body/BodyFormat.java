package org.newsdesk.cms.article.body;

import org.eclipse.microprofile.graphql.Description;

import io.quarkus.runtime.annotations.RegisterForReflection;

@Description("The form an article body is returned or given in.")
@RegisterForReflection // only ever an argument, so GraphQL's own registration does not reach it in a native image
public enum BodyFormat {
    @Description("Sanitized HTML: paragraphs, emphasis, links, lists, quotes, subheadings.")
    HTML,
    @Description("Plain text, one paragraph per block, blank lines between.")
    TEXT,
    @Description("CommonMark.")
    MARKDOWN;

    private static final org.commonmark.parser.Parser MARKDOWN_PARSER = org.commonmark.parser.Parser.builder().build();
    private static final org.commonmark.renderer.html.HtmlRenderer MARKDOWN_RENDERER =
            org.commonmark.renderer.html.HtmlRenderer.builder().build();

    /** An editor's body in this format as HTML for {@link BodyHtml#sanitize} (which the caller applies). */
    public String toHtml(String body) {
        return switch (this) {
            case HTML -> body;
            case MARKDOWN -> MARKDOWN_RENDERER.render(MARKDOWN_PARSER.parse(body));
            case TEXT -> textToHtml(body);
        };
    }

    /** Plain text: blank lines separate paragraphs; nothing in it is markup. */
    private static String textToHtml(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(org.jsoup.nodes.Entities.escape(paragraph.strip().replaceAll("\\s+", " ")))
                        .append("</p>\n");
            }
        }
        return html.toString();
    }

    /** {@code safeHtml} (a stored body) in this format. */
    public String render(String safeHtml) {
        return switch (this) {
            case HTML -> safeHtml;
            case TEXT -> BodyHtml.toText(safeHtml);
            case MARKDOWN -> BodyMarkdown.fromSafeHtml(safeHtml);
        };
    }
}
