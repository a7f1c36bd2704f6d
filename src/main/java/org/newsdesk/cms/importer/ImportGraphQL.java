package org.newsdesk.cms.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsdesk.cms.access.Access;
import org.newsdesk.cms.access.Permission;
import org.newsdesk.cms.access.Viewer;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleView;
import org.newsdesk.cms.article.Selection;
import org.newsdesk.cms.audit.Audited;
import org.newsdesk.cms.common.ApiException;
import org.newsdesk.cms.common.ErrorCode;
import org.newsdesk.cms.common.PageSize;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.api.Context;

@GraphQLApi
public class ImportGraphQL {

    private static final int MAX_FILE_NAME_LENGTH = 255;

    @Inject
    Access access;

    @Inject
    ImportJob job;

    @Inject
    ImportRecords records;

    @Inject
    ArticleService articles;

    @Inject
    SecurityIdentity identity;

    @Inject
    Context context;

    @Query("importRuns")
    @NonNull
    @Description("Import runs, newest first (permission import:run: they name the server's folders and every"
            + " file, embargoed ones too).")
    public List<@NonNull ImportRunView> importRuns(
            @DefaultValue("10") @Description("How many runs, 0 to " + PageSize.MAX + ".") int first) {
        access.require(Permission.IMPORT);
        return PageSize.check(first) == 0 ? List.of()
                : records.latestRuns(first).stream().map(ImportRunView::of).toList();
    }

    @NonNull
    @Description("What the run did with each document, in the order it read them.")
    public List<@NonNull List<@NonNull ImportItemView>> items(@Source List<ImportRunView> batch) {
        Map<Long, List<ImportItemView>> byRun = new HashMap<>();
        for (ImportItem item : records.itemsOf(batch.stream().map(ImportRunView::id).toList())) {
            byRun.computeIfAbsent(item.runId, id -> new ArrayList<>()).add(ImportItemView.of(item));
        }
        return batch.stream().map(run -> byRun.getOrDefault(run.id(), List.of())).toList();
    }

    @Description("The article the document became; null when it failed or the caller may not see it.")
    public List<ArticleView> article(@Source List<ImportItemView> batch) {
        Map<Long, ArticleView> visible = articles.visibleById(
                batch.stream().map(ImportItemView::articleId).filter(Objects::nonNull).distinct().toList(),
                Viewer.of(identity), Selection.forArticles(context));
        return batch.stream()
                .map(item -> item.articleId() == null ? null : visible.get(item.articleId()))
                .toList();
    }

    @Mutation("importDocument")
    @Audited(target = "import-run", sameTransaction = false)
    @NonNull
    @Description("Imports one document sent as text (Markdown .txt/.md, a saved web page .html, or a ninjs item"
            + " .json: agency JSON, 2.x or 1.x). A document that cannot be imported comes back FAILED with the reason;"
            + " nothing of it is stored.")
    public ImportItemView importDocument(
            @NonNull @Description("The document's file name; its ending chooses the parser.") String filename,
            @NonNull @Description("The document's full text.") String content) {
        access.require(Permission.IMPORT);
        if (filename.isBlank() || filename.length() > MAX_FILE_NAME_LENGTH) {
            throw ApiException.invalid("filename", "give a file name of 1 to " + MAX_FILE_NAME_LENGTH + " characters");
        }
        // The name is stored and printed in reports: a NUL cannot be stored in PostgreSQL text, and a
        // line break would forge lines of the command line's report and the logs.
        if (filename.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.invalid("filename", "give a file name without control characters (NUL, line breaks, tabs)");
        }
        return ImportItemView.of(job.importDocument(filename.strip(), content));
    }

    @Mutation("runImport")
    @Audited(target = "import-run", sameTransaction = false)
    @NonNull
    @Description("Imports the configured folder (cms.import.dir) again and returns the run.")
    public ImportRunView runImport() {
        access.require(Permission.IMPORT);
        try {
            return ImportRunView.of(job.importFolder(job.configuredFolder(), ImportTrigger.RUN_IMPORT));
        } catch (ImportNotPossibleException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "The import cannot run: " + e.getMessage());
        }
    }
}
