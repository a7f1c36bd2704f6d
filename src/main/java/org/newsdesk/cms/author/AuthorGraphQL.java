package org.newsdesk.cms.author;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.newsdesk.cms.common.Cursor;
import org.newsdesk.cms.common.PageInfo;
import org.newsdesk.cms.common.PageSize;
import org.newsdesk.cms.common.ReadKeys;

@GraphQLApi
public class AuthorGraphQL {

    private static final String CURSOR_LIST = "AUTHOR_NAME";

    @Inject
    AuthorService authors;



    @Query("author")
    @Description("One author by slug; null when there is none.")
    public AuthorView author(@NonNull @Description("The author's slug, e.g. afp.") String slug) {
        return authors.viewBySlug(slug).orElse(null);
    }

    @Query("authors")
    @NonNull
    @Description("Authors by name, a page at a time (at most " + PageSize.MAX + ").")
    public AuthorConnection authors(
            @DefaultValue("50") @Description("Page size, 0 to " + PageSize.MAX + ".") int first,
            @Description("Cursor after which the page starts.") String after) {
        int size = PageSize.check(first);
        Cursor cursor = after == null ? null : Cursor.decode(after, CURSOR_LIST);
        ReadKeys.note(ReadKeys.ANY_CHANGE); // a rename, a new author, a count
        List<Author> rows = size == 0 ? List.of()
                : authors.pageByName(cursor == null ? null : cursor.key(), cursor == null ? null : cursor.id(), size + 1);
        List<AuthorEdge> edges = rows.stream().limit(size)
                .map(author -> new AuthorEdge(new Cursor(CURSOR_LIST, author.name, author.id).encode(), AuthorView.of(author)))
                .toList();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new AuthorConnection(edges, new PageInfo(rows.size() > size, end));
    }
}
