package org.newsdesk.cms.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.support.Documents.markdown;
import static org.newsdesk.cms.support.Documents.unique;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.Imports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The import path end to end: importDocument through /graphql, then read back through queries. */
@QuarkusTest
class ImportApiTest {

    private static final String BY_SLUG = """
            query($slug: String) {
              article(slug: $slug) {
                id title version publishedAt body(format: TEXT)
                authors { name kind } source { domain name }
                related { title article { slug } } relatedBy { slug }
              }
            }""";

    private static JsonPath article(String slug) {
        return GraphQL.editor().data(BY_SLUG, Map.of("slug", slug)).setRootPath("data.article");
    }

    private static int articleCount() {
        return GraphQL.editor().data("{ articles { totalCount } }").getInt("data.articles.totalCount");
    }

    @Test
    void markdownDocumentBecomesAnArticleWithItsAuthorsAndSource() {
        String title = "Port Strike Enters Second Week " + unique();
        String doc = markdown(title)
                .byline("By [Maria Lopez](#), [Reuters](#) and [Kenji Sato](#)")
                .url("https://www.reuters.com/world/" + unique())
                .paragraph("Dock workers stayed out on *Monday*, the union said.")
                .paragraph("Talks resume on Friday.")
                .build();

        JsonPath item = Imports.importDocument("strike.md", doc);

        assertThat(item.getString("status")).isEqualTo("CREATED");
        assertThat(item.getString("error")).isNull();
        JsonPath stored = article(item.getString("article.slug"));
        assertThat(stored.getString("title")).isEqualTo(title);
        assertThat(stored.getList("authors.name")).containsExactly("Maria Lopez", "Reuters", "Kenji Sato");
        assertThat(stored.getList("authors.kind")).containsExactly("PERSON", "AGENCY", "PERSON");
        assertThat(stored.getString("source.domain")).isEqualTo("reuters.com");
        assertThat(stored.getString("source.name")).isEqualTo("Reuters"); // from seeds/publications.tsv
        assertThat(stored.getString("body")).isEqualTo("Dock workers stayed out on Monday, the union said.\n\nTalks resume on Friday.");
        assertThat(stored.getString("publishedAt")).startsWith("2025-09-03");
    }

    @Test
    void unknownPublicationIsNamedByItsDomain() {
        JsonPath item = Imports.importDocument("local.md", markdown("Council Votes on Budget " + unique())
                .url("https://www.riverside-gazette.example/budget-" + unique()).build());
        JsonPath stored = article(item.getString("article.slug"));
        assertThat(stored.getString("source.domain")).isEqualTo("riverside-gazette.example");
        assertThat(stored.getString("source.name")).isEqualTo("riverside-gazette.example");
    }

    @Test
    void reimportingTheSameDocumentChangesNothing() {
        String doc = markdown("Floods Close Rail Line " + unique()).build();
        JsonPath first = Imports.importDocument("floods.md", doc);
        JsonPath second = Imports.importDocument("floods.md", doc);

        assertThat(first.getString("status")).isEqualTo("CREATED");
        assertThat(second.getString("status")).isEqualTo("UNCHANGED");
        assertThat(second.getString("article.id")).isEqualTo(first.getString("article.id"));
        assertThat(second.getInt("article.version")).isEqualTo(first.getInt("article.version"));
    }

    @Test
    void sameCanonicalUrlUpdatesTheArticleInPlace() {
        String url = "https://www.example-news.org/corrections/" + unique();
        String title = "Minister Resigns Over Contract " + unique();
        JsonPath first = Imports.importDocument("a.md", markdown(title).url(url).paragraph("First version.").build());
        int before = articleCount();

        JsonPath second = Imports.importDocument("b.md",
                markdown(title + " (corrected)").url(url).paragraph("Corrected version.").build());

        assertThat(second.getString("status")).isEqualTo("UPDATED");
        assertThat(second.getString("article.id")).isEqualTo(first.getString("article.id"));
        assertThat(second.getString("article.slug")).isEqualTo(first.getString("article.slug")); // slug is stable
        assertThat(second.getInt("article.version")).isGreaterThan(first.getInt("article.version"));
        assertThat(articleCount()).isEqualTo(before);
        assertThat(article(first.getString("article.slug")).getString("body")).isEqualTo("Corrected version.");
    }

    @Test
    void relatedLinkResolvesWhenTheTargetArrivesLater() {
        String target = "Rescue Teams Reach Village " + unique();
        JsonPath linking = Imports.importDocument("linking.md",
                markdown("Quake Aftermath " + unique()).paragraph("Before.").related(target).paragraph("After.").build());
        assertThat(article(linking.getString("article.slug")).getString("related[0].article")).isNull();

        JsonPath targetItem = Imports.importDocument("target.md", markdown(target).build());

        JsonPath resolved = article(linking.getString("article.slug"));
        assertThat(resolved.getString("related[0].title")).isEqualTo(target);
        assertThat(resolved.getString("related[0].article.slug")).isEqualTo(targetItem.getString("article.slug"));
        assertThat(article(targetItem.getString("article.slug")).getList("relatedBy.slug"))
                .containsExactly(linking.getString("article.slug"));
    }

    @Test
    void relatedLinkResolvesWhenTheTargetIsAlreadyThere() {
        String target = "Central Bank Holds Rates " + unique();
        JsonPath targetItem = Imports.importDocument("target.md", markdown(target).build());

        // Title matching ignores case, quote style and spacing.
        JsonPath linking = Imports.importDocument("linking.md", markdown("Markets React " + unique())
                .paragraph("Stocks rose.").related(target.toUpperCase().replace(" ", "  ")).build());

        assertThat(article(linking.getString("article.slug")).getString("related[0].article.slug"))
                .isEqualTo(targetItem.getString("article.slug"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\n  ", "no heading here\n\nSeptember 02, 2025\n\nText.",
            "# Title Without Date\n\nBy [AFP](#)\n\nJust text.", "# Impossible Date\n\nFebruary 30, 2025\n\nText."})
    void badDocumentFailsWithAReasonAndStoresNothing(String content) {
        int before = articleCount();

        JsonPath item = Imports.importDocument("bad-" + unique() + ".md", content);

        assertThat(item.getString("status")).isEqualTo("FAILED");
        assertThat(item.getString("error")).isNotBlank().doesNotContain("Exception");
        assertThat(item.getString("article")).isNull();
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void failedDocumentIsReportedInItsRunWithItsFileName() {
        String file = "broken-" + unique() + ".md";
        Imports.importDocument(file, "# Broken\n\nno date in this one\n");
        List<Map<String, Object>> items = GraphQL.editor()
                .data("{ importRuns(first: 1) { trigger failed items { file status error } } }")
                .getList("data.importRuns[0].items");
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.get("file")).isEqualTo(file);
            assertThat(item.get("status")).isEqualTo("FAILED");
            assertThat((String) item.get("error")).contains("date");
        });
    }

    @Test
    void savedWebPageIsImportedWithoutScriptsOrPageFurniture() {
        String title = "Wildfire Forces Evacuations " + unique();
        String page = """
                <!doctype html><html><head>
                <meta property="og:title" content="%s">
                <meta property="article:published_time" content="2025-08-14T09:30:00+02:00">
                <meta name="author" content="Lena Fischer">
                <meta property="og:url" content="https://www.spiegel.de/international/%s">
                <script>steal(document.cookie)</script>
                </head><body>
                <nav><a href="/">Home</a> Menu items</nav>
                <article>
                  <h1>%s</h1>
                  <figure><img src="https://img.example/fire.jpg"><figcaption>Smoke over the hills. <span class="credit">Jan Weber / dpa</span></figcaption></figure>
                  <p onclick="alert(1)">Thousands left their homes on <em>Thursday</em>.</p>
                  <p>Officials urged calm. <a href="javascript:alert(2)">Click</a></p>
                  <p><strong>Related article:</strong> <a href="#">Heatwave Grips Southern Europe</a></p>
                  <p>Firefighters expect rain by the weekend.</p>
                </article>
                <footer>Copyright footer text</footer>
                </body></html>""".formatted(title, unique(), title);

        JsonPath item = Imports.importDocument("wildfire.html", page);

        assertThat(item.getString("status")).isEqualTo("CREATED");
        JsonPath data = GraphQL.editor().data("""
                query($slug: String) { article(slug: $slug) {
                  title publishedAt html: body text: body(format: TEXT) authors { name }
                  image { caption credit } source { domain name } related { title }
                } }""", Map.of("slug", item.getString("article.slug"))).setRootPath("data.article");
        assertThat(data.getString("title")).isEqualTo(title);
        assertThat(data.getString("publishedAt")).startsWith("2025-08-14");
        assertThat(data.getList("authors.name")).containsExactly("Lena Fischer");
        assertThat(data.getString("image.caption")).isEqualTo("Smoke over the hills.");
        assertThat(data.getString("image.credit")).isEqualTo("Jan Weber / dpa");
        assertThat(data.getString("source.name")).isEqualTo("Der Spiegel");
        assertThat(data.getList("related.title")).containsExactly("Heatwave Grips Southern Europe");
        assertThat(data.getString("text")).isEqualTo("Thousands left their homes on Thursday.\n\nOfficials urged calm. Click\n\n"
                + "Firefighters expect rain by the weekend.");
        assertThat(data.getString("html")).doesNotContain("script", "onclick", "javascript", "Menu items", "Copyright");
    }

    @Test
    void unicodeTitlesAndBodiesSurviveTheRoundTrip() {
        String title = "Москва и Пекин: «новая эра» 北京 🚀 " + unique();
        String body = "Путин заявил: «Мы всегда были вместе». 习近平表示欢迎。 👍";
        JsonPath item = Imports.importDocument("unicode.md", markdown(title).paragraph(body).build());

        JsonPath stored = article(item.getString("article.slug"));
        assertThat(stored.getString("title")).isEqualTo(title);
        assertThat(stored.getString("body")).isEqualTo(body);
        assertThat(item.getString("article.slug")).startsWith("москва-и-пекин-новая-эра-北京");
    }

    @Test
    void bodyOverTheStoreLimitFailsWithAReason() {
        int before = articleCount();
        String huge = markdown("Endless Transcript " + unique()).paragraph("word ".repeat(250_000)).build();

        JsonPath item = Imports.importDocument("transcript.md", huge);

        assertThat(item.getString("status")).isEqualTo("FAILED");
        assertThat(item.getString("error")).contains("body").contains("limit is 1,000,000");
        assertThat(articleCount()).isEqualTo(before);
    }
}
