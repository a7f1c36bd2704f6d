package org.newsdesk.cms.article;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import io.smallrye.graphql.api.Context;

/**
 * What a query selected below the field being resolved, so that a read fetches
 * what will be shown and nothing more: an article's body (the one large column)
 * only when {@code body} is asked for, its authors in the same statement when they
 * will be shown (in {@code authors}, {@code jsonLd} or {@code ninjs}).
 */
public final class Selection {

    private Selection() {
    }

    /** True when the selection below the current field contains one of these paths ("nodes/body"). */
    public static boolean contains(Context context, String... paths) {
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        if (environment == null) {
            return true; // not inside a field: assume everything is wanted
        }
        for (String path : paths) {
            if (contains(environment.getSelectionSet(), path.split("/"), 0)) {
                return true;
            }
        }
        return false;
    }

    /** By field names, level by level (the selection set's own glob matching costs a file-system path per call). */
    private static boolean contains(DataFetchingFieldSelectionSet selection, String[] names, int depth) {
        for (SelectedField field : selection.getImmediateFields()) {
            if (field.getName().equals(names[depth])
                    && (depth == names.length - 1 || contains(field.getSelectionSet(), names, depth + 1))) {
                return true;
            }
        }
        return false;
    }

    /** What to read with the articles the current field resolves. */
    public static ArticleReads.Fetch forArticles(Context context) {
        return new ArticleReads.Fetch(contains(context, "body"), contains(context, "authors", "jsonLd", "ninjs"));
    }

    /** What to read with the articles under {@code field} of what the current field resolves. */
    public static ArticleReads.Fetch forArticles(Context context, String field) {
        return new ArticleReads.Fetch(contains(context, field + "/body"),
                contains(context, field + "/authors", field + "/jsonLd", field + "/ninjs"));
    }

    /** What to read with the articles of the connection the current field resolves. */
    public static ArticleReads.Fetch forConnection(Context context) {
        return new ArticleReads.Fetch(contains(context, "nodes/body", "edges/node/body"),
                contains(context, "nodes/authors", "edges/node/authors", "nodes/jsonLd", "edges/node/jsonLd",
                        "nodes/ninjs", "edges/node/ninjs"));
    }

    /** What to read with the articles of the search results the current field resolves. */
    public static ArticleReads.Fetch forSearchResults(Context context) {
        return new ArticleReads.Fetch(contains(context, "edges/node/body"),
                contains(context, "edges/node/authors", "edges/node/jsonLd", "edges/node/ninjs"));
    }
}
