package org.newsdesk.cms.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsdesk.cms.access.Viewer;
import org.newsdesk.cms.article.ArticleView;
import org.newsdesk.cms.article.Selection;
import org.newsdesk.cms.common.PageInfo;
import org.newsdesk.cms.common.PageSize;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.api.Context;

/** Full-text search, and suggested related articles on every article. */
@GraphQLApi
public class SearchGraphQL {

    private static final String SNIPPET = "Plain text from the body around the matches, HTML-escaped, with each match "
            + "in <mark>…</mark>: safe to insert into a page as it is. The body's opening when only the title matched.";

    @Inject
    SearchService search;

    @Inject
    SecurityIdentity identity;

    @Inject
    Context context;

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
        SearchService.Page page = search.search(query, after, PageSize.check(first), Viewer.of(identity),
                Selection.forSearchResults(context));
        List<ArticleSearchEdge> edges = page.results().stream()
                .map(result -> new ArticleSearchEdge(result.cursor(), result.article(), result.score(), page.query()))
                .toList();
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).getCursor();
        return new ArticleSearchConnection(edges, new PageInfo(page.hasNext(), endCursor), page.query(),
                page.publishedOnly());
    }

    @Description("Number of matching articles the caller may see, on all pages.")
    public int totalCount(@Source ArticleSearchConnection connection) {
        return Math.toIntExact(search.total(connection.query(), connection.publishedOnly()));
    }

    @NonNull
    @Description(SNIPPET)
    public List<@NonNull String> snippet(@Source List<ArticleSearchEdge> batch) {
        // One request may search twice (aliases): one engine call per query.
        Map<SearchQuery, List<Long>> idsByQuery = new LinkedHashMap<>();
        batch.forEach(edge -> idsByQuery.computeIfAbsent(edge.query(), query -> new ArrayList<>())
                .add(edge.getNode().getId()));
        Map<SearchQuery, Map<Long, String>> snippets = new HashMap<>();
        idsByQuery.forEach((query, ids) -> snippets.put(query, search.snippets(query, ids)));
        return batch.stream()
                .map(edge -> snippets.get(edge.query()).getOrDefault(edge.getNode().getId(), ""))
                .toList();
    }

    @NonNull
    @Description("Other published articles on the same subject, most similar first: they share the article's "
            + "rarest words (names of people and places among them), title words counting more. Never the article "
            + "itself nor one it already links to.")
    public List<@NonNull List<@NonNull ArticleView>> suggestedRelated(@Source List<ArticleView> batch,
            @DefaultValue("5") @Description("How many, 0 to " + PageSize.MAX + ".") int first) {
        Map<Long, List<ArticleView>> byArticle = search.suggestions(batch.stream().map(ArticleView::getId).toList(),
                PageSize.check(first), Selection.forArticles(context));
        return batch.stream()
                .map(article -> byArticle.getOrDefault(article.getId(), List.of()))
                .toList();
    }
}
