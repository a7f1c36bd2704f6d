package org.newsdesk.cms.article;

import java.util.Set;

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

    /**
     * True unless every field selected on the articles at these paths (the current field's
     * own selection for none) is one of {@link #WITHOUT_DETAILS}. Outside a field, or with a
     * field not in that list (one added later, too), the details are read.
     */
    private static boolean needsDetails(Context context, String... paths) {
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        if (environment == null) {
            return true;
        }
        if (paths.length == 0) {
            return !showsNoDetails(environment.getSelectionSet());
        }
        for (String path : paths) {
            if (!showsNoDetails(environment.getSelectionSet(), path.split("/"), 0)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the articles at {@code names} below {@code selection} (if any are selected) show no details. */
    private static boolean showsNoDetails(DataFetchingFieldSelectionSet selection, String[] names, int depth) {
        for (SelectedField field : selection.getImmediateFields()) {
            if (field.getName().equals(names[depth])) {
                boolean none = depth == names.length - 1 ? showsNoDetails(field.getSelectionSet())
                        : showsNoDetails(field.getSelectionSet(), names, depth + 1);
                if (!none) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean showsNoDetails(DataFetchingFieldSelectionSet articleFields) {
        for (SelectedField field : articleFields.getImmediateFields()) {
            if (!WITHOUT_DETAILS.contains(field.getName())) {
                return false;
            }
        }
        return true;
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
