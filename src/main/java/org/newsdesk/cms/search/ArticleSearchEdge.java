package org.newsdesk.cms.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.article.ArticleView;

/** A search result; its {@code snippet} is made only when asked for (SearchGraphQL). */
@Name("ArticleSearchEdge")
@Description("A search result: the article, how well it matches, and where.")
public final class ArticleSearchEdge {

    private final String cursor;
    private final ArticleView node;
    private final double score;
    private final SearchQuery query;

    ArticleSearchEdge(String cursor, ArticleView node, double score, SearchQuery query) {
        this.cursor = cursor;
        this.node = node;
        this.score = score;
        this.query = query;
    }

    @NonNull
    @Description("Pass as `after` to continue the results after this one.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The article.")
    public ArticleView getNode() {
        return node;
    }

    @Description("Relevance; higher is better. Comparable only within one search.")
    public double getScore() {
        return score;
    }

    SearchQuery query() {
        return query;
    }
}
