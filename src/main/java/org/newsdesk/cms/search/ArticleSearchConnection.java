package org.newsdesk.cms.search;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.common.PageInfo;

/** A page of search results; {@code totalCount} is counted only when asked for (SearchGraphQL). */
@Name("ArticleSearchConnection")
@Description("A page of search results, best match first, with cursors to page on.")
public final class ArticleSearchConnection {

    private final List<ArticleSearchEdge> edges;
    private final PageInfo pageInfo;
    private final SearchQuery query;
    private final boolean publishedOnly;

    ArticleSearchConnection(List<ArticleSearchEdge> edges, PageInfo pageInfo, SearchQuery query,
            boolean publishedOnly) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.query = query;
        this.publishedOnly = publishedOnly;
    }

    @NonNull
    @Description("The results of this page.")
    public List<@NonNull ArticleSearchEdge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Whether more results follow, and the cursor to get them.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }

    SearchQuery query() {
        return query;
    }

    boolean publishedOnly() {
        return publishedOnly;
    }
}
