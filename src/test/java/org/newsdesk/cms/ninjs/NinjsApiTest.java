package org.newsdesk.cms.ninjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.support.Documents.markdown;
import static org.newsdesk.cms.support.Documents.unique;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.Imports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Article.ninjs through /graphql: valid against the ninjs 2.x subset schema (root and
 * the closed {@code $defs/cmsExport}), and imported again as UNCHANGED, whether the
 * article is known by its canonical URL, a uri of its own, or its id. Each test gives
 * the samples a uri of its own.
 */
@QuarkusTest
class NinjsApiTest {

    private static final String SAMPLE_URI_END = "asia-water-summit-beijing";
    private static final String TITLE = "Asian ministers agree to share river data at Beijing water summit";
    private static final String ARTICLE = """
            query($id: ID) { article(id: $id) { id title status section { name } related { title } ninjs } }""";

    /** A sample whose uri ends in {@code word}: the test's own article. */
    private static String sample(String fileName, String word) {
        return NinjsSchemas.text(fileName).replace(SAMPLE_URI_END, SAMPLE_URI_END + "-" + word);
    }

    private static JsonPath article(GraphQL as, String id) {
        return as.data(ARTICLE, Map.of("id", id)).setRootPath("data.article");
    }

    private static void assertValidExport(String ninjs) {
        assertThat(NinjsSchemas.errors(NinjsSchemas.NINJS_2, ninjs)).isEmpty();
        assertThat(NinjsSchemas.errors(NinjsSchemas.CMS_EXPORT, ninjs)).isEmpty();
    }

    @Test
    void anAgencyItemsExportIsNinjs2AndImportsAgainUnchanged() {
        String word = unique();
        String id = Imports.importDocument("agency-" + word + ".json", sample("agency-2x.json", word))
                .getString("article.id");
        String ninjs = article(GraphQL.anonymous(), id).getString("ninjs");

        assertValidExport(ninjs);
        JsonPath item = new JsonPath(ninjs);
        assertThat(item.getString("uri")).endsWith(SAMPLE_URI_END + "-" + word);
        assertThat(item.getString("headlines[0].value")).isEqualTo(TITLE);
        assertThat(item.getString("by")).isEqualTo("Anna Smith, Li Wei and AFP");
        assertThat(item.getString("firstcreated")).isEqualTo("2025-09-02T00:00:00Z");
        assertThat(item.getString("pubstatus")).isEqualTo("usable");
        assertThat(item.getString("language")).isEqualTo("en");
        assertThat(item.getList("subjects.name", String.class)).map(String::toLowerCase)
                .containsExactly("environment", "politics");
        assertThat(item.getList("people.name")).containsExactly("Chen Jiahui");
        assertThat(item.getList("places.name")).containsExactly("Beijing");
        assertThat(item.getString("associations[0].by")).isEqualTo("Zhou Ming / AFP");
        assertThat(item.getString("associations[0].renditions[0].href")).endsWith("water-summit-delegates-main.jpg");
        assertThat(item.getList("altids.value")).contains(id);

        JsonPath again = Imports.importDocument("export-" + word + ".json", ninjs);
        assertThat(again.getString("status")).isEqualTo("UNCHANGED");
        assertThat(again.getString("article.id")).isEqualTo(id);
    }

    @Test
    void anArticleWithoutAnAddressKeepsItsSectionLinksAndTagsThroughARoundTrip() {
        String word = unique();
        String markdown = markdown("Quay Works Begin " + word).url(null)
                .header("Section: Harbour " + word + " > Works " + word).header("Tags: Cranes " + word + ", Tides " + word)
                .paragraph("The first crane arrived.").related("Harbour Plan Approved " + word).paragraph("Work starts today.")
                .build();
        String id = Imports.importDocument("quay-" + word + ".md", markdown).getString("article.id");
        String ninjs = article(GraphQL.editor(), id).getString("ninjs");

        assertValidExport(ninjs);
        JsonPath item = new JsonPath(ninjs);
        assertThat(item.getString("uri")).isEqualTo("urn:newsdesk:article:" + id);
        assertThat(item.getString("bodies[0].value")).isEqualTo("<p>The first crane arrived.</p>\n"
                + "<p>Related article: <a href=\"#\">Harbour Plan Approved " + word + "</a></p>\n<p>Work starts today.</p>");
        assertThat(item.getList("subjects.name")).containsExactly("Cranes " + word, "Tides " + word);

        JsonPath again = Imports.importDocument("quay-" + word + ".json", ninjs);
        assertThat(again.getString("status")).isEqualTo("UNCHANGED");
        assertThat(again.getString("article.id")).isEqualTo(id);
        JsonPath article = article(GraphQL.editor(), id);
        assertThat(article.getString("section.name")).isEqualTo("Works " + word);
        assertThat(article.getList("related.title")).containsExactly("Harbour Plan Approved " + word);
    }

    @Test
    void aWithheldItemKnownByItsUrnIsExportedToEditorsOnlyUnderThatUrn() {
        String word = unique();
        String uri = "urn:newsml:newswire.example.com:" + word + ":1";
        String withheld = NinjsSchemas.text("minimal-2x.json")
                .replaceFirst("\"uri\": \"[^\"]+\"", "\"uri\": \"" + uri + "\", \"pubstatus\": \"withheld\"");
        String id = Imports.importDocument("wire-" + word + ".json", withheld).getString("article.id");

        assertThat(GraphQL.anonymous().data(ARTICLE, Map.of("id", id)).getString("data.article")).isNull();
        String ninjs = article(GraphQL.editor(), id).getString("ninjs");
        assertValidExport(ninjs);
        JsonPath item = new JsonPath(ninjs);
        assertThat(item.getString("uri")).isEqualTo(uri);
        assertThat(item.getString("pubstatus")).isEqualTo("withheld");
        assertThat(item.getString("firstcreated")).isEqualTo("2025-09-03T00:00:00Z");

        JsonPath again = Imports.importDocument("wire-" + word + "-export.json", ninjs);
        assertThat(again.getString("status")).isEqualTo("UNCHANGED");
        assertThat(again.getString("article.id")).isEqualTo(id);
    }

    @Test
    void aHostileItemsExportIsValidToo() {
        String word = unique();
        String hostile = NinjsSchemas.text("hostile-2x.json").replace("hostile-summit-copy", "hostile-" + word);
        String id = Imports.importDocument("hostile-" + word + ".json", hostile).getString("article.id");
        String ninjs = article(GraphQL.anonymous(), id).getString("ninjs");

        assertValidExport(ninjs);
        assertThat(ninjs.toLowerCase(Locale.ROOT)).doesNotContain("<script", "javascript:", "onclick", "<img");
        assertThat(Imports.importDocument("hostile-" + word + "-export.json", ninjs).getString("status"))
                .isEqualTo("UNCHANGED");
    }

    @Test
    void theSamplesAreValidAgainstTheirSchemasAndTheExportShapeIsClosed() {
        for (String sample : List.of("agency-2x.json", "minimal-2x.json", "hostile-2x.json")) {
            assertThat(NinjsSchemas.errors(NinjsSchemas.NINJS_2, NinjsSchemas.text(sample))).as(sample).isEmpty();
        }
        assertThat(NinjsSchemas.errors(NinjsSchemas.NINJS_1, NinjsSchemas.text("agency-1x.json"))).isEmpty();
        // The validator does check: the sample has properties an export never writes, and a uri that is no URI fails.
        assertThat(NinjsSchemas.errors(NinjsSchemas.CMS_EXPORT, NinjsSchemas.text("agency-2x.json"))).isNotEmpty();
        assertThat(NinjsSchemas.errors(NinjsSchemas.NINJS_2, "{\"uri\": \"not a uri\"}")).isNotEmpty();
    }
}
