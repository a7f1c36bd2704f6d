package org.newsdesk.cms.directread;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;

import org.newsdesk.cms.access.Viewer;
import org.newsdesk.cms.article.ArticleOrder;
import org.newsdesk.cms.article.ArticleQuery;
import org.newsdesk.cms.article.ArticleReads.Fetch;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleView;
import org.newsdesk.cms.author.AuthorView;
import org.newsdesk.cms.common.PageSize;

/**
 * {@code articles(first:, after:)} for an anonymous reader, as {@code ArticleGraphQL}
 * resolves it: the newest published articles a page at a time, read with
 * {@link ArticleService#page} in one statement (authors and source included when
 * shown), cursors from {@link ArticleService#cursorOf}, the count only when
 * {@code totalCount} is selected.
 */
@ApplicationScoped
class ArticleListWriter {

    private static final int DEFAULT_PAGE_SIZE = 20;

    private final ArticleService articles;

    ArticleListWriter(ArticleService articles) {
        this.articles = articles;
    }

    ReadPlan.BoundRoot bind(Selected connection, Map<String, Argument> arguments, Map<String, Object> variables) {
        int first = first(arguments.get("first"), variables);
        String after = after(arguments.get("after"), variables);
        Fetch fetch = fetchFor(connection);
        return json -> write(json, connection, first, after, fetch);
    }

    /** The page size: an Int from 0 to the maximum; out of range, the engine says so. */
    private static int first(Argument argument, Map<String, Object> variables) {
        if (argument == null || !argument.givenIn(variables)) {
            return DEFAULT_PAGE_SIZE;
        }
        if (argument.valueIn(variables) instanceof Integer first && first >= 0 && first <= PageSize.MAX) {
            return first;
        }
        throw new ReadPlan.Declined();
    }

    private static String after(Argument argument, Map<String, Object> variables) {
        Object after = argument == null ? null : argument.valueIn(variables);
        if (after == null || after instanceof String) {
            return (String) after;
        }
        throw new ReadPlan.Declined();
    }

    /** What the engine's resolver reads for this selection ({@code Selection.forConnection}). */
    private static Fetch fetchFor(Selected connection) {
        boolean authors = false;
        boolean details = false;
        for (Selected node : nodes(connection)) {
            authors |= node.selects("authors");
            details |= node.selects("excerpt") || node.selects("wordCount") || node.selects("canonicalUrl");
        }
        return new Fetch(false, authors, details);
    }

    /** The article selections of a connection: its nodes and its edges' nodes. */
    private static List<Selected> nodes(Selected connection) {
        List<Selected> nodes = new ArrayList<>();
        for (Selected field : connection.fields()) {
            if (field.name().equals("nodes")) {
                nodes.add(field);
            } else if (field.name().equals("edges")) {
                field.fields().stream().filter(edge -> edge.name().equals("node")).forEach(nodes::add);
            }
        }
        return nodes;
    }

    private void write(JsonGenerator json, Selected connection, int first, String after, Fetch fetch) {
        ArticleQuery query = ArticleQuery.of(Viewer.READER, null, ArticleOrder.PUBLISHED_AT_DESC, null);
        ArticleService.Page page = articles.page(query, after, first, fetch);
        List<ArticleView> views = page.articles();
        Map<Long, List<AuthorView>> authors = fetch.authors() ? articles.authorsOf(views) : Map.of();
        json.writeStartObject(connection.key());
        for (Selected field : connection.fields()) {
            switch (field.name()) {
                case "__typename" -> json.write(field.key(), "ArticleConnection");
                case "totalCount" -> json.write(field.key(), Math.toIntExact(articles.count(query)));
                case "nodes" -> {
                    json.writeStartArray(field.key());
                    views.forEach(view -> ArticleJson.article(json, null, field.fields(), view, authors));
                    json.writeEnd();
                }
                case "edges" -> edges(json, field, views, query, authors);
                case "pageInfo" -> pageInfo(json, field, page, views, query);
                default -> throw new IllegalStateException("No plan writes ArticleConnection." + field.name());
            }
        }
        json.writeEnd();
    }

    private void edges(JsonGenerator json, Selected edges, List<ArticleView> views, ArticleQuery query,
            Map<Long, List<AuthorView>> authors) {
        json.writeStartArray(edges.key());
        for (ArticleView view : views) {
            json.writeStartObject();
            for (Selected field : edges.fields()) {
                switch (field.name()) {
                    case "__typename" -> json.write(field.key(), "ArticleEdge");
                    case "cursor" -> json.write(field.key(), articles.cursorOf(view, query));
                    case "node" -> ArticleJson.article(json, field.key(), field.fields(), view, authors);
                    default -> throw new IllegalStateException("No plan writes ArticleEdge." + field.name());
                }
            }
            json.writeEnd();
        }
        json.writeEnd();
    }

    private void pageInfo(JsonGenerator json, Selected pageInfo, ArticleService.Page page, List<ArticleView> views,
            ArticleQuery query) {
        json.writeStartObject(pageInfo.key());
        for (Selected field : pageInfo.fields()) {
            switch (field.name()) {
                case "__typename" -> json.write(field.key(), "PageInfo");
                case "hasNextPage" -> json.write(field.key(), page.hasNext());
                case "endCursor" -> ArticleJson.text(json, field.key(),
                        views.isEmpty() ? null : articles.cursorOf(views.get(views.size() - 1), query));
                default -> throw new IllegalStateException("No plan writes PageInfo." + field.name());
            }
        }
        json.writeEnd();
    }
}
