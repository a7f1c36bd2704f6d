package org.newsdesk.cms.author;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.audit.AuditKeys;

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

    @Override
    public List<String> auditKeys() {
        return List.of("author:" + id);
    }
}
