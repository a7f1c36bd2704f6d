package org.newsdesk.cms.importer;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.audit.AuditKeys;
import org.newsdesk.cms.common.Times;

@Name("ImportRun")
@Description("One run of the import job and its counts.")
public record ImportRunView(
        @Id @NonNull @Description("Stable identifier.") long id,
        @NonNull @Description("What started the run.") ImportTrigger trigger,
        @Description("The folder imported, or the document's file name.") String location,
        @NonNull @Description("When the run started (UTC).") OffsetDateTime startedAt,
        @Description("When it finished (UTC); null while running, or if the process stopped mid-run.") OffsetDateTime finishedAt,
        @Description("Documents that became new articles.") int created,
        @Description("Documents that changed an existing article in place.") int updated,
        @Description("Documents identical to the stored article.") int unchanged,
        @Description("Documents that could not be imported.") int failed) implements AuditKeys {

    static ImportRunView of(ImportRun run) {
        return new ImportRunView(run.id, run.trigger, run.location, Times.utc(run.startedAt), Times.utc(run.finishedAt),
                run.created, run.updated, run.unchanged, run.failed);
    }

    @Override
    public List<String> auditKeys() {
        return List.of("import-run:" + id);
    }
}
