package org.newsdesk.cms.directread;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;

import org.newsdesk.cms.access.Viewer;
import org.newsdesk.cms.article.ArticleView;
import org.newsdesk.cms.search.SearchService;

/**
 * {@code searchArticles(query:, first:, after:)} for an anonymous reader, as
 * {@code SearchGraphQL} resolves it: the page of matches, their snippets and the
 * total only when selected. A query the search refuses (empty, too long) is the
 * engine's to answer.
 */
@ApplicationScoped
class SearchWriter {

    private final SearchService search;
    private final ArticleLoader loader;

    SearchWriter(SearchService search, ArticleLoader loader) {
        this.search = search;
        this.loader = loader;
    }

    ReadPlan.BoundRoot bind(Selected connection, Map<String, Object> variables) {
        Map<String, Argument> arguments = connection.arguments();
        String text = Argument.text(arguments.get("query"), variables);
        if (text == null) {
            throw new ReadPlan.Declined();
        }
        int first = Argument.pageSize(arguments.get("first"), variables);
        String after = Argument.text(arguments.get("after"), variables);
        return json -> write(json, connection, text, first, after);
    }

    private void write(JsonGenerator json, Selected connection, String text, int first, String after) {
        List<Selected> shown = ArticleListWriter.nodes(connection);
        SearchService.Page page = search.search(text, after, first, Viewer.READER, ArticleLoader.fetchFor(shown));
        List<SearchService.Result> results = page.results();
        List<ArticleView> views = results.stream().map(SearchService.Result::article).toList();
        Loaded loaded = loader.load(views, shown);
        json.writeStartObject(connection.key());
        for (Selected field : connection.fields()) {
            switch (field.name()) {
                case "__typename" -> json.write(field.key(), "ArticleSearchConnection");
                case "totalCount" -> json.write(field.key(), Math.toIntExact(search.total(page.query(), page.publishedOnly())));
                case "edges" -> edges(json, field, page, loaded);
                case "pageInfo" -> ArticleJson.pageInfo(json, field, page.hasNext(),
                        results.isEmpty() ? null : results.get(results.size() - 1).cursor());
                default -> throw new IllegalStateException("No plan writes ArticleSearchConnection." + field.name());
            }
        }
        json.writeEnd();
    }

    private void edges(JsonGenerator json, Selected edges, SearchService.Page page, Loaded loaded) {
        Map<Long, String> snippets = edges.selects("snippet")
                ? search.snippets(page.query(), page.results().stream().map(result -> result.article().getId()).toList())
                : Map.of();
        json.writeStartArray(edges.key());
        for (SearchService.Result result : page.results()) {
            json.writeStartObject();
            for (Selected field : edges.fields()) {
                switch (field.name()) {
                    case "__typename" -> json.write(field.key(), "ArticleSearchEdge");
                    case "cursor" -> json.write(field.key(), result.cursor());
                    case "score" -> json.write(field.key(), result.score());
                    case "snippet" -> json.write(field.key(), snippets.getOrDefault(result.article().getId(), ""));
                    case "node" -> ArticleJson.article(json, field.key(), field.fields(), result.article(), loaded);
                    default -> throw new IllegalStateException("No plan writes ArticleSearchEdge." + field.name());
                }
            }
            json.writeEnd();
        }
        json.writeEnd();
    }
}
