package org.newsdesk.cms.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.support.Documents.markdown;
import static org.newsdesk.cms.support.Documents.unique;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.Imports;
import org.newsdesk.cms.support.Statements;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A feed costs the same SQL statements whatever its size: the page with its authors and
 * sources in one, the page's tags in one, the section tree in one, and the lookup of the
 * list's owner. Counted, never timed.
 */
@QuarkusTest
class FeedStatementCountTest {

    private static final int ARTICLES = 55;
    private static String word;
    private static String sourceSlug;

    @BeforeEach
    void articlesWithSectionsTagsAuthorsAndASource() {
        if (word != null) {
            return;
        }
        String w = unique();
        String slug = null;
        for (int i = 0; i < ARTICLES; i++) {
            slug = Imports.importDocument("fed-" + i + "-" + w + ".md", markdown("Fed " + i + " " + w)
                    .byline("By [Feeder " + (i % 4) + " " + w + "](#) and [Feeder " + w + "](#)")
                    .date(LocalDate.of(2024, 3, 1).plusDays(i)).url("https://www.fed-" + w + ".example/" + i)
                    .header("Section: Fed " + w + (i % 2 == 0 ? "" : " > Odd " + w))
                    .header("Tags: Fed " + w + ", Kind " + (i % 3) + " " + w).build()).getString("article.slug");
        }
        sourceSlug = GraphQL.anonymous().data("query($s: String) { article(slug: $s) { source { slug } } }",
                Map.of("s", slug)).getString("data.article.source.slug");
        word = w;
    }

    @Test
    void aFeedOfFiveAndOfFiftyCostTheSame() {
        for (String feed : List.of("/feeds/rss.xml", "/feeds/section/fed-" + word + "/atom.xml",
                "/feeds/tag/fed-" + word + "/rss.xml", "/feeds/author/feeder-" + word + "/atom.xml",
                "/feeds/source/" + sourceSlug + "/rss.xml")) {
            for (String content : List.of("", "&content=full")) {
                long five = statements(feed + "?limit=5" + content, 5);
                long fifty = statements(feed + "?limit=50" + content, 50);
                assertThat(fifty).as("statements for 50 items of %s%s", feed, content).isEqualTo(five);
                assertThat(five).as("statements for %s", feed).isLessThanOrEqualTo(5);
            }
        }
    }

    @Test
    void aSectionFeedIsThreeStatements() {
        assertThat(statements("/feeds/section/fed-" + word + "/rss.xml?limit=50", 50))
                .as("the tree, the page with authors and sources, the page's tags").isEqualTo(3);
    }

    @Test
    void sitemapsCostOneStatementWhateverTheirSize() {
        for (String sitemap : List.of("/sitemap.xml", "/sitemaps/articles.xml", "/sitemap-news.xml")) {
            long count = Statements.during(() -> given().get(sitemap).then().statusCode(200));
            assertThat(count).as(sitemap).isEqualTo(1);
        }
    }

    private static long statements(String url, int items) {
        return Statements.during(() -> {
            String body = given().get(url).then().statusCode(200).extract().asString();
            assertThat(body.split("</(item|entry)>", -1)).as("items of %s", url).hasSize(items + 1);
        });
    }
}
