package org.newsdesk.cms.newssource;

import java.sql.SQLException;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.audit.AuditKeys;
import org.newsdesk.cms.common.ReadQueries.Row;

@Name("Source")
@Description("A publication articles come from, known by its web domain.")
public record SourceView(
        @Id @NonNull @Description("Stable identifier.") long id,
        @NonNull @Description("URL name, unique.") String slug,
        @NonNull @Description("Display name, e.g. The Moscow Times.") String name,
        @NonNull @Description("Web domain without www., e.g. themoscowtimes.com.") String domain,
        @Description("The publication's homepage.") String url) implements AuditKeys {

    public static SourceView of(NewsSource source) {
        return new SourceView(source.id, source.slug, source.name, source.domain, source.url);
    }

    /** The source in a row's columns id, slug, name, domain, url, from column {@code first} on. */
    public static SourceView read(Row row, int first) throws SQLException {
        return new SourceView(row.getLong(first), row.getString(first + 1), row.getString(first + 2),
                row.getString(first + 3), row.getString(first + 4));
    }

    @Override
    public List<String> auditKeys() {
        return List.of("source:" + id);
    }
}
