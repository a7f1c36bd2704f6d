package org.newsdesk.cms.directread;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.stream.JsonGenerator;

import org.newsdesk.cms.common.Jsonp;

/**
 * A compiled query ({@link PlanCompiler}): its root fields with their arguments.
 * Answers by calling the services the engine's resolvers call, in the same way, and
 * writing the selected fields in the engine's order and format.
 */
final class ReadPlan {

    /** A request's arguments did not fit the plan: the engine answers it (and says what is wrong). */
    static final class Declined extends RuntimeException {
        Declined() {
            super(null, null, false, false);
        }
    }

    /** A root field bound to one request's arguments, ready to write itself. */
    interface BoundRoot {
        void write(JsonGenerator json);
    }

    /** What writes each root field. */
    record Writers(ArticleListWriter articleLists, ArticleWriter articles, SearchWriter search, AuthorWriter authors) {
    }

    private final List<Selected> roots;

    ReadPlan(List<Selected> roots) {
        this.roots = List.copyOf(roots);
    }

    /**
     * The roots bound to {@code variables}, before anything is read: throws
     * {@link Declined} when a value does not fit.
     */
    List<BoundRoot> bind(Map<String, Object> variables, Writers writers) {
        List<BoundRoot> bound = new ArrayList<>(roots.size());
        for (Selected field : roots) {
            bound.add(switch (field.name()) {
                case "__typename" -> json -> json.write(field.key(), "Query");
                case "articles" -> writers.articleLists().bind(field, variables);
                case "article" -> writers.articles().bind(field, variables);
                case "searchArticles" -> writers.search().bind(field, variables);
                case "author" -> writers.authors().bind(field, variables);
                default -> throw new IllegalStateException("No plan writes " + field.name());
            });
        }
        return bound;
    }

    /** The answer's JSON text, {@code {"data":{...}}}, as the engine writes it. */
    static String answer(List<BoundRoot> roots) {
        StringWriter text = new StringWriter(4096);
        try (JsonGenerator json = Jsonp.PROVIDER.createGenerator(text)) {
            json.writeStartObject().writeStartObject("data");
            roots.forEach(root -> root.write(json));
            json.writeEnd().writeEnd();
        }
        return text.toString();
    }
}
