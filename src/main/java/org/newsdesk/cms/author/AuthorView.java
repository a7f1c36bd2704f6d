package org.newsdesk.cms.author;

import java.sql.SQLException;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.audit.AuditKeys;
import org.newsdesk.cms.common.ReadQueries.Row;

@Name("Author")
@Description("A person or news agency named in bylines.")
public record AuthorView(
        @Id @NonNull @Description("Stable identifier.") long id,
        @NonNull @Description("URL name, unique.") String slug,
        @NonNull @Description("Name as bylines show it.") String name,
        @NonNull @Description("PERSON or AGENCY.") AuthorKind kind) implements AuditKeys {

    public static AuthorView of(Author author) {
        return new AuthorView(author.id, author.slug, author.name, author.kind);
    }

    /** The author in a row's columns id, slug, name, kind, from column {@code first} on. */
    public static AuthorView read(Row row, int first) throws SQLException {
        return new AuthorView(row.getLong(first), row.getString(first + 1), row.getString(first + 2),
                AuthorKind.valueOf(row.getString(first + 3)));
    }

    @Override
    public List<String> auditKeys() {
        return List.of("author:" + id);
    }
}
