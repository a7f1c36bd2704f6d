package org.newsdesk.cms.article;

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

    /** {@code safeHtml} (a stored body) in this format. */
    public String render(String safeHtml) {
        return switch (this) {
            case HTML -> safeHtml;
            case TEXT -> BodyHtml.toText(safeHtml);
            case MARKDOWN -> BodyMarkdown.fromSafeHtml(safeHtml);
        };
    }
}
