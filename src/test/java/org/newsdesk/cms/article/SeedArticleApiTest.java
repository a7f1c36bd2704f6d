package org.newsdesk.cms.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The seed article, imported on start from {@code seeds/}, read back through the
 * public API exactly as the acceptance check does. The expected body is
 * taken from the seed file itself, block by block, not typed in here.
 */
@QuarkusTest
class SeedArticleApiTest {

    static final Path SEED = Path.of("seeds/000_206c6819273345cd.txt");
    static final String SLUG = "putin-and-xi-tout-deepening-ties-ahead-of-beijing-military-parade";

    private static final String ARTICLE = """
            query($slug: String) {
              article(slug: $slug) {
                id slug title status publishedAt canonicalUrl wordCount excerpt
                image { caption credit }
                authors { name slug kind }
                source { slug name domain url }
                related { title url article { id } }
                html: body
                text: body(format: TEXT)
                markdown: body(format: MARKDOWN)
              }
            }""";

    @Test
    void seedArticleReadsAsTheDocumentSays() throws IOException {
        JsonPath article = GraphQL.anonymous().data(ARTICLE, Map.of("slug", SLUG)).setRootPath("data.article");

        assertThat(article.getString("title")).isEqualTo("Putin and Xi Tout Deepening Ties Ahead of Beijing Military Parade");
        assertThat(article.getString("status")).isEqualTo("PUBLISHED");
        assertThat(article.getString("publishedAt")).startsWith("2025-09-02");
        assertThat(article.getString("canonicalUrl")).isEqualTo(
                "https://www.themoscowtimes.com/2025/09/02/putin-and-xi-tout-deepening-ties-ahead-of-beijing-military-parade-a90401");
        assertThat(article.getList("authors", Map.class)).containsExactly(
                Map.of("name", "AFP", "slug", "afp", "kind", "AGENCY"));
        assertThat(article.getString("source.domain")).isEqualTo("themoscowtimes.com");
        assertThat(article.getString("source.name")).isEqualTo("The Moscow Times");
        assertThat(article.getString("image.caption")).isEqualTo("Vladimir Putin and Xi Jinping.");
        assertThat(article.getString("image.credit")).isEqualTo("Kremlin Press Service");
    }

    @Test
    void bodyHoldsTheNineParagraphsInOrderWithCurlyQuotes() throws IOException {
        JsonPath article = GraphQL.anonymous().data(ARTICLE, Map.of("slug", SLUG)).setRootPath("data.article");
        List<String> expected = bodyParagraphsOfSeedFile();
        assertThat(expected).hasSize(9);

        List<String> served = Arrays.asList(article.getString("text").split("\n\n"));
        assertThat(served).containsExactlyElementsOf(expected);
        assertThat(article.getString("html")).startsWith("<p>President Vladimir Putin")
                .contains("“unprecedented level,”", "Moscow’s wartime alignment");
        assertThat(article.getString("html").split("<p>", -1)).hasSize(10); // nine paragraphs
        assertThat(article.getString("markdown")).contains("“We were always together then, and we remain together now,”");
        assertThat(article.getInt("wordCount")).isGreaterThan(300);
        assertThat(article.getString("excerpt")).isEqualTo(expected.get(0));
    }

    @Test
    void relatedLinkKeepsItsTitleAndStaysUnresolved() {
        JsonPath article = GraphQL.anonymous().data(ARTICLE, Map.of("slug", SLUG)).setRootPath("data.article");

        assertThat(article.getList("related")).hasSize(1);
        assertThat(article.getString("related[0].title"))
                .isEqualTo("Around 2K North Korean Soldiers Killed Fighting for Russia, Seoul Claims");
        assertThat(article.getString("related[0].url")).isNull();
        assertThat(article.getString("related[0].article")).isNull();
    }

    @Test
    void sourceAndAuthorListTheSeedArticle() {
        JsonPath data = GraphQL.anonymous().data("""
                {
                  source(slug: "the-moscow-times") { name domain articleCount articles { nodes { slug } } }
                  author(slug: "afp") { name kind articleCount articles(first: 100) { nodes { slug } } }
                }""");
        assertThat(data.getString("data.source.domain")).isEqualTo("themoscowtimes.com");
        assertThat(data.getInt("data.source.articleCount")).isPositive();
        assertThat(data.getList("data.source.articles.nodes.slug", String.class)).contains(SLUG);
        assertThat(data.getString("data.author.kind")).isEqualTo("AGENCY");
        assertThat(data.getList("data.author.articles.nodes.slug", String.class)).contains(SLUG);
    }

    @Test
    void importOnStartIsRecordedAsARun() {
        JsonPath data = GraphQL.editor().data("""
                { importRuns(first: 100) { trigger finishedAt failed items { file status article { slug } } } }""");
        List<Map<String, Object>> runs = data.getList("data.importRuns");
        Map<String, Object> startup = runs.stream().filter(run -> run.get("trigger").equals("STARTUP")).findFirst().orElseThrow();
        assertThat(startup.get("finishedAt")).isNotNull();
        assertThat(startup.get("items").toString()).contains("000_206c6819273345cd.txt", SLUG);
    }

    /** Runs name the server's folders and every file read, embargoed ones too: not for anyone. */
    @Test
    void importRunsAreForThoseWhoMayImport() {
        JsonPath anonymous = GraphQL.anonymous().post("{ importRuns { location items { file } } }");
        assertThat(anonymous.getString("data")).isNull();
        assertThat(anonymous.getString("errors[0].extensions.code")).isEqualTo("UNAUTHORIZED");
    }

    /** The seed's body paragraphs, read straight from the file: blocks after the caption, before the trailer. */
    static List<String> bodyParagraphsOfSeedFile() throws IOException {
        String[] blocks = Files.readString(SEED, StandardCharsets.UTF_8).strip().split("\n\\s*\n");
        int captionIndex = 3; // title, byline, date, caption
        return Arrays.stream(blocks, captionIndex + 1, blocks.length)
                .map(String::strip)
                .takeWhile(block -> !block.startsWith("Original url:"))
                .filter(block -> !block.startsWith("**Related article:**"))
                .toList();
    }
}
