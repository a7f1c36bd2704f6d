package org.newsdesk.cms.audit;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.common.Times;

@Name("AuditEntry")
@Description("One mutation or import run as it happened. The trail is append-only: nothing in the API changes it.")
public record AuditEntryView(
        @Id @NonNull @Description("Stable identifier.") long id,
        @NonNull @Description("When it happened (UTC).") OffsetDateTime at,
        @NonNull @Description("Who: the account or token's user name; \"anonymous\" for a refused anonymous call, "
                + "\"system\" for imports on start and from the command line.") String user,
        @NonNull @Description("The caller's newsroom role then: contributor, editor, admin, or none.") String role,
        @NonNull @Description("The mutation (createArticle, …), or import for an import run.") String operation,
        @NonNull @Description("What it acted on and produced, as kind:id (article:12, section:3, import-run:7).")
        List<@NonNull String> targetIds,
        @NonNull @Description("The arguments and input fields given, by name (input.title); ids are in targetIds.")
        List<@NonNull String> fields,
        @NonNull @Description("OK, or the error code the caller got (FORBIDDEN, CONFLICT, …).") String outcome,
        @Description("The client's address: the connection's, or what a trusted proxy forwarded "
                + "(cms.audit.trusted-proxies).") String clientAddress) {

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.id, Times.utc(entry.at), entry.user, entry.role, entry.operation,
                words(entry.targetIds), words(entry.fields), entry.outcome, entry.clientAddress);
    }

    private static List<String> words(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(" "));
    }
}
