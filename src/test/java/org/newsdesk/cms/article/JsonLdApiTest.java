package org.newsdesk.cms.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Article.jsonLd: schema.org NewsArticle that a front end can embed as it is. */
@QuarkusTest
class JsonLdApiTest {

    @Test
    void seedArticleAsNewsArticle() {
        String jsonLd = GraphQL.anonymous().data("query($s: String) { article(slug: $s) { jsonLd updatedAt } }",
                Map.of("s", SeedArticleApiTest.SLUG)).getString("data.article.jsonLd");

        JsonPath json = new JsonPath(jsonLd); // throws when it is not valid JSON
        assertThat(json.getString("'@context'")).isEqualTo("https://schema.org");
        assertThat(json.getString("'@type'")).isEqualTo("NewsArticle");
        assertThat(json.getString("headline")).isEqualTo("Putin and Xi Tout Deepening Ties Ahead of Beijing Military Parade");
        assertThat(json.getString("datePublished")).startsWith("2025-09-02");
        assertThat(json.getString("dateModified")).isNotBlank();
        assertThat(json.getList("author")).containsExactly(Map.of("@type", "Organization", "name", "AFP"));
        assertThat(json.getString("publisher.name")).isEqualTo("The Moscow Times");
        assertThat(json.getString("publisher.url")).isEqualTo("https://www.themoscowtimes.com/");
        assertThat(json.getString("image.caption")).isEqualTo("Vladimir Putin and Xi Jinping.");
        assertThat(json.getString("image.creditText")).isEqualTo("Kremlin Press Service");
        assertThat(json.getString("isBasedOn")).startsWith("https://www.themoscowtimes.com/2025/09/02/");
        assertThat(json.getString("url")).isEqualTo(json.getString("isBasedOn"));
    }

    @Test
    void textThatLooksLikeMarkupOrJsonIsEscaped() {
        String title = "He said \"</script><script>alert(1)</script>\" \\ done";
        JsonPath created = GraphQL.editor().data("mutation($in: ArticleInput!) { createArticle(input: $in) { jsonLd } }",
                Map.of("in", Map.of("title", title, "body", "<p>x</p>"))).setRootPath("data.createArticle");
        assertThat(created.getString("jsonLd")).doesNotContain("</script>", "<script");
        JsonPath json = new JsonPath(created.getString("jsonLd"));
        assertThat(json.getString("headline")).isEqualTo(title);
        assertThat(json.getList("author")).isEmpty();
        assertThat(json.getString("publisher.name")).isEqualTo("Newsroom");
    }
}
