package org.newsdesk.cms.directread;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;

import org.newsdesk.cms.access.Viewer;
import org.newsdesk.cms.article.ArticleReads.Fetch;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleView;
import org.newsdesk.cms.common.Ids;

/**
 * {@code article(slug:)} or {@code article(id:)} for an anonymous reader, as
 * {@code ArticleGraphQL.article} resolves it: a published article or null. Both or
 * neither given is the engine's to refuse.
 */
@ApplicationScoped
class ArticleWriter {

    private final ArticleService articles;
    private final ArticleLoader loader;

    ArticleWriter(ArticleService articles, ArticleLoader loader) {
        this.articles = articles;
        this.loader = loader;
    }

    ReadPlan.BoundRoot bind(Selected field, Map<String, Object> variables) {
        Map<String, Argument> arguments = field.arguments();
        String slug = Argument.text(arguments.get("slug"), variables);
        String id = id(arguments.get("id"), variables);
        if ((slug == null) == (id == null)) {
            throw new ReadPlan.Declined();
        }
        return json -> write(json, field, slug, id);
    }

    /** An ID is a string or an integer. */
    private static String id(Argument argument, Map<String, Object> variables) {
        Object value = argument == null ? null : argument.valueIn(variables);
        if (value == null || value instanceof String || value instanceof Integer) {
            return value == null ? null : value.toString();
        }
        throw new ReadPlan.Declined();
    }

    private void write(JsonGenerator json, Selected field, String slug, String id) {
        Fetch fetch = ArticleLoader.fetchFor(List.of(field));
        Optional<ArticleView> found = slug != null ? articles.findBySlug(slug, Viewer.READER, fetch)
                : Ids.parse(id).flatMap(articleId -> articles.findById(articleId, Viewer.READER, fetch));
        if (found.isEmpty()) {
            json.writeNull(field.key());
            return;
        }
        ArticleView article = found.get();
        ArticleJson.article(json, field.key(), field.fields(), article, loader.load(List.of(article), List.of(field)));
    }
}
