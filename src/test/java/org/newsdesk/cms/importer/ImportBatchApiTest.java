package org.newsdesk.cms.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.support.Documents.markdown;
import static org.newsdesk.cms.support.Documents.unique;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.Statements;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * An import stores its documents in batches, one transaction each, looking up what
 * the store holds once per batch. Documents of one batch must still see each other
 * as if they were stored one after the other: links between them, slugs, a second
 * copy of a document, a retitled article. Each run here is one folder of a few
 * documents, so one batch; read back through the API.
 */
@QuarkusTest
class ImportBatchApiTest {

    private static final String BY_SLUG = """
            query($slug: String) {
              article(slug: $slug) {
                id title slug body(format: TEXT)
                related { title article { slug } }
                revisions { number title }
              }
            }""";

    @Inject
    ImportJob job;

    /** Imports the documents (file name → text) as one run, in file name order; the items in that order. */
    private List<ImportItem> importRun(Map<String, String> documents) {
        try {
            Path folder = Files.createTempDirectory("import-batch");
            for (Map.Entry<String, String> document : documents.entrySet()) {
                Files.writeString(folder.resolve(document.getKey()), document.getValue());
            }
            List<ImportItem> items = new ArrayList<>();
            job.importFolder(folder, ImportTrigger.RUN_IMPORT, items::add);
            assertThat(items).extracting(item -> item.error).containsOnlyNulls();
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonPath article(String slug) {
        return GraphQL.editor().data(BY_SLUG, Map.of("slug", slug)).setRootPath("data.article");
    }

    private static String slugOf(ImportItem item) {
        return item.article.slug;
    }

    @Test
    void linksBetweenDocumentsOfOneRunResolveWhicheverComesFirst() {
        String first = "Ferry Service Resumes " + unique();
        String second = "Harbour Reopens After Storm " + unique();
        String self = "Lighthouse Keeper Retires " + unique();
        String nobody = "A Story Nobody Wrote " + unique();
        List<ImportItem> items = importRun(Map.of(
                "01.md", markdown(first).paragraph("Boats sail again.").related(second).build(),
                "02.md", markdown(second).paragraph("The quay is clear.").related(first).build(),
                "03.md", markdown(self).paragraph("After forty years.").related(self).related(nobody).build()));

        assertThat(article(slugOf(items.get(0))).getString("related[0].article.slug")).isEqualTo(slugOf(items.get(1)));
        assertThat(article(slugOf(items.get(1))).getString("related[0].article.slug")).isEqualTo(slugOf(items.get(0)));
        JsonPath lighthouse = article(slugOf(items.get(2)));
        assertThat(lighthouse.getList("related.title")).containsExactly(self, nobody);
        assertThat(lighthouse.getList("related.article")).containsExactly(null, null); // never itself; nobody yet

        // A later run brings the missing article: the waiting link finds it.
        ImportItem arrived = importRun(Map.of("04.md", markdown(nobody).build())).get(0);
        assertThat(article(slugOf(items.get(2))).getString("related[1].article.slug")).isEqualTo(slugOf(arrived));
    }

    /**
     * A batch sends each kind of row in JDBC batches: forty documents (article, revision,
     * byline, link and import record each) cost the statements of ten, not four times
     * as many. Counted, never timed; identifiers come fifty at a time from a sequence per
     * table (articles, revisions, links, import records), so each may be asked once more.
     */
    @Test
    void aBatchOfFortyDocumentsCostsTheStatementsOfTen() {
        long ten = Statements.during(() -> importRun(documentsWithLinks(10)));
        long forty = Statements.during(() -> importRun(documentsWithLinks(40)));

        assertThat(forty).as("statements for 40 documents in one batch").isBetween(ten, ten + 4);
    }

    private static Map<String, String> documentsWithLinks(int count) {
        String word = unique();
        Map<String, String> documents = new java.util.TreeMap<>();
        for (int i = 0; i < count; i++) {
            documents.put(String.format("%03d.md", i), markdown("Counted Import " + i + " " + word)
                    .byline("By Writer " + (i % 3) + " " + word).url("https://counted-import-" + word + ".example/" + i)
                    .paragraph("Paragraph " + i + ".").related("Counted Import " + (i + 1) + " " + word).build());
        }
        return documents;
    }

    @Test
    void twoDocumentsWithOneTitleGetTwoSlugsAndLinksMeanTheOlder() {
        String title = "Mayor Unveils Budget " + unique();
        List<ImportItem> items = importRun(Map.of(
                "01.md", markdown(title).paragraph("From the city hall.").build(),
                "02.md", markdown(title).paragraph("From the wire.").build(),
                "03.md", markdown("Budget Reactions " + unique()).paragraph("Unions object.").related(title).build()));

        assertThat(slugOf(items.get(1))).isNotEqualTo(slugOf(items.get(0))).startsWith(slugOf(items.get(0)));
        assertThat(article(slugOf(items.get(2))).getString("related[0].article.slug")).isEqualTo(slugOf(items.get(0)));
    }

    /**
     * Over several batches (and, on PostgreSQL, past the refresh of the planner's
     * statistics the run makes when it has stored 400): every copy of one title gets a
     * slug of its own, whether the clash is with a row stored by an earlier batch or
     * with a claim of its own batch not yet written.
     */
    @Test
    void aRunOfSeveralBatchesGivesEveryCopyOfOneTitleItsOwnSlug() {
        String title = "Council Meets Again " + unique();
        int copies = 2 * ImportJob.BATCH_SIZE + 50;
        Map<String, String> documents = new java.util.TreeMap<>();
        for (int i = 0; i < copies; i++) {
            documents.put(String.format("%04d.md", i), markdown(title).paragraph("Session " + i + ".").build());
        }
        List<ImportItem> items = importRun(documents);

        assertThat(items).hasSize(copies).extracting(item -> item.status).containsOnly(ImportStatus.CREATED);
        assertThat(items.stream().map(ImportBatchApiTest::slugOf).distinct()).hasSize(copies);
        assertThat(article(slugOf(items.get(copies - 1))).getString("body")).isEqualTo("Session " + (copies - 1) + ".");
        assertThat(article(slugOf(items.get(ImportJob.BATCH_SIZE))).getString("body"))
                .isEqualTo("Session " + ImportJob.BATCH_SIZE + ".");
    }

    @Test
    void aSecondCopyOfADocumentInOneRunUpdatesTheArticleTheFirstCreated() {
        String url = "https://www.example-news.org/copies/" + unique();
        String title = "Bridge Closed For Repairs " + unique();
        String linked = "Detour Signs Go Up " + unique();
        List<ImportItem> items = importRun(Map.of(
                "01.md", markdown(title).url(url).paragraph("First draft.").related("Old Link " + unique()).build(),
                "02.md", markdown(title + " (updated)").url(url).paragraph("Second draft.").related(linked).build(),
                "03.md", markdown(linked).build(),
                "04.md", markdown(title + " (updated)").url(url).paragraph("Second draft.").related(linked).build()));

        assertThat(items).extracting(item -> item.status)
                .containsExactly(ImportStatus.CREATED, ImportStatus.UPDATED, ImportStatus.CREATED, ImportStatus.UNCHANGED);
        assertThat(items.get(1).article.id).isEqualTo(items.get(0).article.id);
        assertThat(items.get(3).article.id).isEqualTo(items.get(0).article.id);
        JsonPath bridge = article(slugOf(items.get(0)));
        assertThat(bridge.getString("title")).isEqualTo(title + " (updated)");
        assertThat(bridge.getString("body")).isEqualTo("Second draft.");
        assertThat(bridge.getList("related.title")).containsExactly(linked);
        assertThat(bridge.getString("related[0].article.slug")).isEqualTo(slugOf(items.get(2)));
        assertThat(bridge.getList("revisions.number")).containsExactly(2, 1);
    }

    @Test
    void linksFollowATitleChangedEarlierInTheRun() {
        String url = "https://www.example-news.org/renamed/" + unique();
        String oldTitle = "Council Delays Vote " + unique();
        String newTitle = "Council Approves Plan " + unique();
        ImportItem original = importRun(Map.of("00.md", markdown(oldTitle).url(url).build())).get(0);

        List<ImportItem> items = importRun(Map.of(
                "01.md", markdown("Before The Rename " + unique()).paragraph("A vote is due.").related(oldTitle).build(),
                "02.md", markdown(newTitle).url(url).paragraph("The vote took place.").build(),
                "03.md", markdown("After The Rename " + unique()).paragraph("It passed.").related(oldTitle)
                        .related(newTitle).build()));

        assertThat(items.get(1).status).isEqualTo(ImportStatus.UPDATED);
        String renamed = slugOf(original);
        // Stored one after the other: before the rename the old title meant the article...
        assertThat(article(slugOf(items.get(0))).getString("related[0].article.slug")).isEqualTo(renamed);
        // ...after it, only the new one does.
        JsonPath after = article(slugOf(items.get(2)));
        assertThat(after.getString("related[0].article")).isNull();
        assertThat(after.getString("related[1].article.slug")).isEqualTo(renamed);
    }
}
