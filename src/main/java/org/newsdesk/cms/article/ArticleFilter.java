package org.newsdesk.cms.article;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ArticleFilter")
@Description("Narrows an article list; conditions combine with AND.")
public class ArticleFilter {

    @Description("Only articles in this status (readers only ever see PUBLISHED).")
    public ArticleStatus status;

    @Description("Only articles bylined to the author with this slug.")
    public String authorSlug;

    @Description("Only articles from the source (publication) with this slug.")
    public String sourceSlug;

    @Description("Only articles in the section with this slug, or in a section under it.")
    public String section;

    @Description("Only articles with the tag of this slug (or the slug of a tag merged into it).")
    public String tag;

    @Description("Only articles published at or after this time.")
    public OffsetDateTime publishedAfter;

    @Description("Only articles published before this time.")
    public OffsetDateTime publishedBefore;
}
