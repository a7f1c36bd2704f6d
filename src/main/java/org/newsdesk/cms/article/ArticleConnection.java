package org.newsdesk.cms.article;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.common.PageInfo;

/**
 * A page of articles. {@code totalCount} is a separate field resolver that runs a
 * count query only when a client asks for it.
 */
@Name("ArticleConnection")
@Description("A page of articles, with cursors to page on.")
public final class ArticleConnection {

    private final List<ArticleEdge> edges;
    private final PageInfo pageInfo;
    private final ArticleQuery query;

    ArticleConnection(List<ArticleEdge> edges, PageInfo pageInfo, ArticleQuery query) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.query = query;
    }

    /** Builds the connection for one page of {@code query}. */
    public static ArticleConnection of(ArticleService.Page page, ArticleQuery query, ArticleService service) {
        List<ArticleEdge> edges = page.articles().stream()
                .map(article -> new ArticleEdge(service.cursorOf(article, query), article))
                .toList();
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new ArticleConnection(edges, new PageInfo(page.hasNext(), endCursor), query);
    }

    @NonNull
    @Description("The articles of this page with their cursors.")
    public List<@NonNull ArticleEdge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("The articles of this page (the edges' nodes).")
    public List<@NonNull ArticleView> getNodes() {
        return edges.stream().map(ArticleEdge::node).toList();
    }

    @NonNull
    @Description("Whether more pages follow, and the cursor to get the next one.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }

    ArticleQuery query() {
        return query;
    }
}
