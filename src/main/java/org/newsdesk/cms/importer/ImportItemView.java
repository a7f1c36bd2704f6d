package org.newsdesk.cms.importer;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.audit.AuditKeys;

@Name("ImportItem")
@Description("What a run did with one document.")
public final class ImportItemView implements AuditKeys {

    private final String file;
    private final ImportStatus status;
    private final String error;
    private final Long articleId;

    private ImportItemView(ImportItem item) {
        file = item.file;
        status = item.status;
        error = item.error;
        articleId = item.articleId;
    }

    static ImportItemView of(ImportItem item) {
        return new ImportItemView(item);
    }

    @NonNull
    @Description("The document's file name (relative to the imported folder).")
    public String getFile() {
        return file;
    }

    @NonNull
    @Description("CREATED, UPDATED, UNCHANGED or FAILED.")
    public ImportStatus getStatus() {
        return status;
    }

    @Description("Why the document failed, in plain words; null otherwise.")
    public String getError() {
        return error;
    }

    Long articleId() {
        return articleId;
    }

    @Override
    public List<String> auditKeys() {
        return articleId == null ? List.of() : List.of("article:" + articleId);
    }
}
