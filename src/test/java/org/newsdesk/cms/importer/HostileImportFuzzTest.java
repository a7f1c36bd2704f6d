package org.newsdesk.cms.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.cms.importer.document.HostileDocuments;
import org.newsdesk.cms.importer.document.HostileDocuments.Document;
import org.newsdesk.cms.support.Documents;
import org.newsdesk.cms.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Damaged copies of the seed, test and hostile documents through the import job's real
 * folder run, into the test database: each is imported (and then served with a safe body)
 * or FAILED with a reason, with nothing of it stored. Like {@link HostileDocumentFuzzTest},
 * the cases come from a fixed seed ({@code -Dhostile.fuzz.seed=…} tries others) and each
 * name says how to rebuild it.
 */
@QuarkusTest
class HostileImportFuzzTest {

    private static final int CASES = 50;
    private static final long SEED = Long.getLong("hostile.fuzz.seed", 20250902L);

    @Inject
    ImportJob job;

    static Stream<Arguments> damagedDocuments() {
        List<Document> seeds = HostileDocuments.seeds();
        Random random = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> {
            Document seed = seeds.get(random.nextInt(seeds.size()));
            long mutation = random.nextLong();
            return arguments(seed.fileName() + " mutated by " + mutation + "L", HostileDocuments.mutate(seed, mutation));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedDocuments")
    void damagedDocumentIsImportedSafelyOrFailsWithNothingStored(String name, Document damaged) throws IOException {
        Document own = HostileDocuments.withUniqueAddresses(damaged, Documents.unique());
        Path folder = Files.createTempDirectory("hostile-fuzz");
        Files.write(folder.resolve(own.fileName()), own.bytes());
        StoredRows before = StoredRows.count();
        List<ImportItem> items = new ArrayList<>();

        job.importFolder(folder, ImportTrigger.RUN_IMPORT, items::add);

        assertThat(items).singleElement().satisfies(item -> {
            if (item.status == ImportStatus.FAILED) {
                assertThat(item.error).isNotBlank().doesNotContain("server error", "Exception");
                assertThat(item.articleId).isNull();
                assertThat(StoredRows.count()).isEqualTo(before);
            } else {
                JsonPath stored = GraphQL.editor().data("query($id: ID) { article(id: $id) { title html: body"
                        + " text: body(format: TEXT) markdown: body(format: MARKDOWN) } }",
                        Map.of("id", String.valueOf(item.articleId))).setRootPath("data.article");
                assertThat(stored.getString("title")).isNotBlank();
                assertThat(stored.getString("text")).isNotBlank();
                HostileDocuments.assertSafeBody(stored.getString("html"));
            }
        });
    }
}
