package org.newsdesk.cms.article;

import java.util.Set;
import java.util.function.Predicate;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import io.smallrye.graphql.api.Context;

/**
 * What a query selected below the field being resolved, so that a read fetches
 * what will be shown and nothing more: an article's body (the one large column)
 * only when {@code body} is asked for, its authors in the same statement when they
 * will be shown (in {@code authors}, {@code jsonLd} or {@code ninjs}), its details
 * (excerpt, word count, picture, canonical URL) only when a field may show them.
 */
public final class Selection {

    /**
     * Article fields that need none of the details ({@link ArticleReads.Fetch#details}): their
     * own columns, or read by a resolver of their own. A field not named here gets the details.
     */
    private static final Set<String> WITHOUT_DETAILS = Set.of("__typename", "id", "slug", "title", "status", "publishedAt",
            "createdAt", "updatedAt", "scheduledAt", "version", "source", "authors", "body", "section", "tags",
            "related", "relatedBy", "revisions", "suggestedRelated");

    private Selection() {
    }

    /** True when the selection below the current field contains one of these paths ("nodes/body"). */
    public static boolean contains(Context context, String... paths) {
        return anyAt(context, field -> true, paths);
    }

    /**
     * True unless every field selected on the articles at these paths (the current field's
     * own selection for none) is one of {@link #WITHOUT_DETAILS}. Outside a field, or with a
     * field not in that list (one added later, too), the details are read.
     */
    private static boolean needsDetails(Context context, String... paths) {
        if (paths.length == 0) {
            DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
            return environment == null || showsDetails(environment.getSelectionSet());
        }
        return anyAt(context, field -> showsDetails(field.getSelectionSet()), paths);
    }

    private static boolean showsDetails(DataFetchingFieldSelectionSet articleFields) {
        return articleFields.getImmediateFields().stream().anyMatch(field -> !WITHOUT_DETAILS.contains(field.getName()));
    }

    /** True when a field at one of these paths below the current field passes {@code test}. */
    private static boolean anyAt(Context context, Predicate<SelectedField> test, String... paths) {
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        if (environment == null) {
            return true; // not inside a field: assume everything is wanted
        }
        for (String path : paths) {
            if (anyAt(environment.getSelectionSet(), path.split("/"), 0, test)) {
                return true;
            }
        }
        return false;
    }

    /** By field names, level by level (the selection set's own glob matching costs a file-system path per call). */
    private static boolean anyAt(DataFetchingFieldSelectionSet selection, String[] names, int depth,
            Predicate<SelectedField> test) {
        for (SelectedField field : selection.getImmediateFields()) {
            if (field.getName().equals(names[depth]) && (depth == names.length - 1 ? test.test(field)
                    : anyAt(field.getSelectionSet(), names, depth + 1, test))) {
                return true;
            }
        }
        return false;
    }

    /** What to read with the articles the current field resolves. */
    public static ArticleReads.Fetch forArticles(Context context) {
        return new ArticleReads.Fetch(contains(context, "body"), contains(context, "authors", "jsonLd", "ninjs"),
                needsDetails(context));
    }

    /** What to read with the articles under {@code field} of what the current field resolves. */
    public static ArticleReads.Fetch forArticles(Context context, String field) {
        return new ArticleReads.Fetch(contains(context, field + "/body"),
                contains(context, field + "/authors", field + "/jsonLd", field + "/ninjs"), needsDetails(context, field));
    }

    /** What to read with the articles of the connection the current field resolves. */
    public static ArticleReads.Fetch forConnection(Context context) {
        return new ArticleReads.Fetch(contains(context, "nodes/body", "edges/node/body"),
                contains(context, "nodes/authors", "edges/node/authors", "nodes/jsonLd", "edges/node/jsonLd",
                        "nodes/ninjs", "edges/node/ninjs"),
                needsDetails(context, "nodes", "edges/node"));
    }

    /** What to read with the articles of the search results the current field resolves. */
    public static ArticleReads.Fetch forSearchResults(Context context) {
        return new ArticleReads.Fetch(contains(context, "edges/node/body"),
                contains(context, "edges/node/authors", "edges/node/jsonLd", "edges/node/ninjs"),
                needsDetails(context, "edges/node"));
    }
}
