package org.newsdesk.cms.search;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleView;
import org.newsdesk.cms.common.PageInfo;
import org.newsdesk.cms.common.PageSize;
import org.newsdesk.cms.common.Viewer;

import io.quarkus.security.identity.SecurityIdentity;

/** Full-text search, and suggested related articles on every article. */
@GraphQLApi
public class SearchGraphQL {

    @Inject
    SearchService search;

    @Inject
    SecurityIdentity identity;

    @Query("searchArticles")
    @NonNull
    @Description("Articles whose title or body match the query, best match first (title matches count more), "
            + "a page at a time (at most " + PageSize.MAX + "). Readers find published articles only.")
    public ArticleSearchConnection searchArticles(
            @NonNull @Description("Words to find, all of them; \"a phrase\" in quotes; `or` between alternatives; "
                    + "-word to leave out articles with that word. Words are matched by their stem (report, reports, "
                    + "reported), ignoring case and common words like `the`. At most " + SearchQuery.MAX_LENGTH
                    + " characters.") String query,
            @DefaultValue("20") @Description("Page size, 0 to " + PageSize.MAX + ".") int first,
            @Description("Cursor after which the page starts (pageInfo.endCursor of the previous page of the same "
                    + "query).") String after) {
        SearchService.Page page = search.search(query, after, PageSize.check(first), Viewer.of(identity));
        List<ArticleSearchEdge> edges = page.results().stream()
                .map(result -> new ArticleSearchEdge(result.cursor(), ArticleView.of(result.article()), result.score(),
                        result.snippet()))
                .toList();
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new ArticleSearchConnection(edges, new PageInfo(page.hasNext(), endCursor),
                Math.toIntExact(page.total()));
    }

    @NonNull
    @Description("Other published articles on the same subject, most similar first: they share the article's "
            + "rarest words (names of people and places among them), title words counting more. Never the article "
            + "itself nor one it already links to.")
    public List<@NonNull List<@NonNull ArticleView>> suggestedRelated(@Source List<ArticleView> batch,
            @DefaultValue("5") @Description("How many, 0 to " + PageSize.MAX + ".") int first) {
        Map<Long, List<Article>> byArticle = search.suggestions(batch.stream().map(ArticleView::getId).toList(),
                PageSize.check(first));
        return batch.stream()
                .map(article -> byArticle.getOrDefault(article.getId(), List.of()).stream().map(ArticleView::of).toList())
                .toList();
    }
}
