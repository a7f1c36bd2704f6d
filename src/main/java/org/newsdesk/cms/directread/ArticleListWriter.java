package org.newsdesk.cms.directread;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;

import org.newsdesk.cms.access.Viewer;
import org.newsdesk.cms.article.ArticleFilter;
import org.newsdesk.cms.article.ArticleOrder;
import org.newsdesk.cms.article.ArticleQuery;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleView;
import org.newsdesk.cms.section.SectionService;

/**
 * {@code articles(first:, after:, filter:)} for an anonymous reader, as {@code ArticleGraphQL}
 * resolves it: the newest published articles (of an author, source, section or tag
 * when the filter names them by slug) a page at a time, read with
 * {@link ArticleService#page} in one statement (authors and source included when
 * shown), cursors from {@link ArticleService#cursorOf}, the count only when
 * {@code totalCount} is selected.
 */
@ApplicationScoped
class ArticleListWriter {

    private final ArticleService articles;
    private final ArticleLoader loader;
    private final SectionService sections;

    ArticleListWriter(ArticleService articles, ArticleLoader loader, SectionService sections) {
        this.articles = articles;
        this.loader = loader;
        this.sections = sections;
    }

    ReadPlan.BoundRoot bind(Selected connection, Map<String, Object> variables) {
        Map<String, Argument> arguments = connection.arguments();
        int first = Argument.pageSize(arguments.get("first"), variables);
        String after = Argument.text(arguments.get("after"), variables);
        ArticleFilter filter = filter(Argument.filter(arguments.get("filter"), variables));
        return json -> write(json, connection, first, after, filter);
    }

    /** The filter the engine would make of these fields; null when none is given, as there. */
    private static ArticleFilter filter(Map<String, String> fields) {
        if (fields.isEmpty()) {
            return null;
        }
        ArticleFilter filter = new ArticleFilter();
        filter.authorSlug = fields.get("authorSlug");
        filter.sourceSlug = fields.get("sourceSlug");
        filter.section = fields.get("section");
        filter.tag = fields.get("tag");
        return filter;
    }

    /** The article selections of a connection: its nodes and its edges' nodes. */
    static List<Selected> nodes(Selected connection) {
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

    private void write(JsonGenerator json, Selected connection, int first, String after, ArticleFilter filter) {
        ArticleQuery query = ArticleQuery.filtered(Viewer.READER, filter, ArticleOrder.PUBLISHED_AT_DESC, sections::tree);
        write(json, connection, articles.page(query, after, first, ArticleLoader.fetchFor(nodes(connection))), query);
    }

    /** Writes {@code page} of the list {@code query} as the {@code ArticleConnection} selected. */
    void write(JsonGenerator json, Selected connection, ArticleService.Page page, ArticleQuery query) {
        List<Selected> shown = nodes(connection);
        List<ArticleView> views = page.articles();
        Loaded loaded = loader.load(views, shown);
        json.writeStartObject(connection.key());
        for (Selected field : connection.fields()) {
            switch (field.name()) {
                case "__typename" -> json.write(field.key(), "ArticleConnection");
                case "totalCount" -> json.write(field.key(), Math.toIntExact(articles.count(query)));
                case "nodes" -> {
                    json.writeStartArray(field.key());
                    views.forEach(view -> ArticleJson.article(json, null, field.fields(), view, loaded));
                    json.writeEnd();
                }
                case "edges" -> edges(json, field, views, query, loaded);
                case "pageInfo" -> ArticleJson.pageInfo(json, field, page.hasNext(),
                        views.isEmpty() ? null : articles.cursorOf(views.get(views.size() - 1), query));
                default -> throw new IllegalStateException("No plan writes ArticleConnection." + field.name());
            }
        }
        json.writeEnd();
    }

    private void edges(JsonGenerator json, Selected edges, List<ArticleView> views, ArticleQuery query,
            Loaded loaded) {
        json.writeStartArray(edges.key());
        for (ArticleView view : views) {
            json.writeStartObject();
            for (Selected field : edges.fields()) {
                switch (field.name()) {
                    case "__typename" -> json.write(field.key(), "ArticleEdge");
                    case "cursor" -> json.write(field.key(), articles.cursorOf(view, query));
                    case "node" -> ArticleJson.article(json, field.key(), field.fields(), view, loaded);
                    default -> throw new IllegalStateException("No plan writes ArticleEdge." + field.name());
                }
            }
            json.writeEnd();
        }
        json.writeEnd();
    }
}
