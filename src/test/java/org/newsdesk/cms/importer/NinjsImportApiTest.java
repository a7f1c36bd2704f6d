package org.newsdesk.cms.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.support.Documents.unique;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.importer.document.TestDocuments;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.Imports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * ninjs items (agency JSON) through the real import: importDocument, read back through
 * /graphql, and a folder run. Each test gives the samples a uri of its own.
 */
@QuarkusTest
class NinjsImportApiTest {

    private static final String SAMPLE_URI_END = "asia-water-summit-beijing";
    private static final String TITLE = "Asian ministers agree to share river data at Beijing water summit";
    private static final String ARTICLE = """
            query($id: ID) { article(id: $id) {
              id slug title status publishedAt canonicalUrl source { domain }
              authors { name kind } image { caption credit url } section { name } tags { name kind }
              body } }""";

    @Inject
    ImportJob job;

    private static String text(String fileName) {
        return new String(TestDocuments.ninjs(fileName), StandardCharsets.UTF_8);
    }

    /** A sample whose uri ends in {@code word}: the test's own article. */
    private static String sample(String fileName, String word) {
        return text(fileName).replace(SAMPLE_URI_END, SAMPLE_URI_END + "-" + word);
    }

    private static JsonPath article(GraphQL as, String id) {
        return as.data(ARTICLE, Map.of("id", id)).setRootPath("data.article");
    }

    @Test
    void anAgencyItemBecomesAnArticleAndTheSameItemIn1xChangesNothing() {
        String word = unique();
        JsonPath created = Imports.importDocument("agency-" + word + ".json", sample("agency-2x.json", word));
        assertThat(created.getString("status")).isEqualTo("CREATED");

        JsonPath article = article(GraphQL.anonymous(), created.getString("article.id"));
        assertThat(article.getString("title")).isEqualTo(TITLE);
        assertThat(article.getString("status")).isEqualTo("PUBLISHED");
        assertThat(article.getString("publishedAt")).startsWith("2025-09-02");
        assertThat(article.getString("canonicalUrl")).endsWith(SAMPLE_URI_END + "-" + word);
        assertThat(article.getString("source.domain")).isEqualTo("newswire.example.com");
        assertThat(article.getList("authors.name")).containsExactly("Anna Smith", "Li Wei", "AFP");
        assertThat(article.getList("authors.kind")).containsExactly("PERSON", "PERSON", "AGENCY");
        assertThat(article.getString("image.caption")).startsWith("Delegates gather for a group photo");
        assertThat(article.getString("image.credit")).isEqualTo("Zhou Ming / AFP");
        assertThat(article.getString("image.url")).endsWith("water-summit-delegates-main.jpg");
        assertThat(article.getString("section")).isNull();
        assertThat(article.getList("tags.name", String.class)).map(String::toLowerCase)
                .containsExactly("environment", "politics", "chen jiahui", "beijing");
        assertThat(article.getList("tags.kind")).containsExactly("TOPIC", "TOPIC", "PERSON", "PLACE");
        assertThat(article.getString("body")).startsWith("<p>BEIJING (AFP) – Ministers")
                .contains("<a href=\"https://summit.example.org/water/framework\">summit website</a>");

        JsonPath again = Imports.importDocument("agency-" + word + "-1x.json", sample("agency-1x.json", word));
        assertThat(again.getString("status")).isEqualTo("UNCHANGED");
        assertThat(again.getString("article.id")).isEqualTo(created.getString("article.id"));
    }

    @Test
    void aUriThatIsNoAddressIdentifiesTheArticleAndAWithheldItemIsADraft() {
        String word = unique();
        String uri = "urn:newsml:newswire.example.com:" + word + ":1";
        String first = sample("minimal-2x.json", word)
                .replaceFirst("\"uri\": \"[^\"]+\"", "\"uri\": \"" + uri + "\", \"pubstatus\": \"withheld\"");
        JsonPath created = Imports.importDocument("wire-" + word + ".json", first);
        assertThat(created.getString("status")).isEqualTo("CREATED");
        String id = created.getString("article.id");
        assertThat(article(GraphQL.editor(), id).getString("status")).isEqualTo("DRAFT");
        assertThat(GraphQL.anonymous().data(ARTICLE, Map.of("id", id)).getString("data.article")).isNull();

        JsonPath corrected = Imports.importDocument("wire-" + word + "-v2.json",
                first.replace("call for follow-up talks", "call for more talks"));
        assertThat(corrected.getString("status")).isEqualTo("UPDATED");
        assertThat(corrected.getString("article.id")).isEqualTo(id);
        assertThat(article(GraphQL.editor(), id).getString("title")).endsWith("call for more talks");
    }

    @Test
    void aHostileItemIsImportedWithoutItsActiveParts() {
        String word = unique();
        String hostile = text("hostile-2x.json").replace("hostile-summit-copy", "hostile-" + word);
        JsonPath imported = Imports.importDocument("hostile-" + word + ".json", hostile);
        assertThat(imported.getString("status")).isEqualTo("CREATED");

        JsonPath article = article(GraphQL.anonymous(), imported.getString("article.id"));
        assertThat(article.getString("title")).isEqualTo("Summit talks resume in Beijing");
        assertThat(article.getList("authors.name")).containsExactly("Eve Mallory", "Bob Stone", "AFP");
        assertThat(article.getString("body")).doesNotContainIgnoringCase("script").doesNotContainIgnoringCase("javascript")
                .doesNotContain("onclick", "onmouseover", "data:", "<img", "<iframe", "<style", "\u0007");
        assertThat(article.getList("tags.name", String.class)).hasSize(7)
                .noneMatch(name -> name.contains("<") || name.chars().anyMatch(c -> Character.isISOControl(c)
                        || Character.getType(c) == Character.FORMAT));
        assertThat(article.getString("image.caption")).isEqualTo("Delegates arrive at the summit venue.");
        assertThat(article.getString("image.credit")).isEqualTo("Photo Desk");
        assertThat(article.getString("image.url")).isNull();
    }

    @Test
    void aFolderImportReadsNinjsFilesAndRefusesOtherJsonWithAReason() throws IOException {
        String word = unique();
        Path folder = Files.createTempDirectory("ninjs-import");
        Files.writeString(folder.resolve("a-agency-2x.json"), sample("agency-2x.json", word));
        Files.writeString(folder.resolve("b-agency-1x.json"), sample("agency-1x.json", word));
        Files.writeString(folder.resolve("c-package.json"), text("not-ninjs.json"));
        Files.writeString(folder.resolve("d-broken.json"), text("broken.json"));
        List<ImportItem> items = new ArrayList<>();
        job.importFolder(folder, ImportTrigger.RUN_IMPORT, items::add);

        assertThat(items).extracting(item -> item.status).containsExactly(ImportStatus.CREATED, ImportStatus.UNCHANGED,
                ImportStatus.FAILED, ImportStatus.FAILED);
        assertThat(items.get(2).error).startsWith("not a ninjs document: it has no \"uri\"");
        assertThat(items.get(3).error).startsWith("not valid JSON at line 33, column ");
    }
}
