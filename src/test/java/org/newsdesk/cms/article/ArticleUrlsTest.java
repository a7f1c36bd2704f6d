package org.newsdesk.cms.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** An article's public address: the site's template first, then the canonical URL. */
class ArticleUrlsTest {

    private static final Optional<String> TEMPLATE = Optional.of("https://news.example.com/a/{slug}");

    @Test
    void theTemplateNamesTheArticleBySlug() {
        assertThat(ArticleUrls.of(TEMPLATE, "council-approves-plan", "https://other.example/x"))
                .contains("https://news.example.com/a/council-approves-plan");
    }

    @Test
    void nonLatinSlugsArePercentEncoded() {
        assertThat(ArticleUrls.of(TEMPLATE, "шторм-на-балтике", null))
                .contains("https://news.example.com/a/%D1%88%D1%82%D0%BE%D1%80%D0%BC-%D0%BD%D0%B0-"
                        + "%D0%B1%D0%B0%D0%BB%D1%82%D0%B8%D0%BA%D0%B5");
    }

    @Test
    void withoutATemplateTheCanonicalUrlAndElseNone() {
        assertThat(ArticleUrls.of(Optional.empty(), "s", "https://other.example/x")).contains("https://other.example/x");
        assertThat(ArticleUrls.of(Optional.empty(), "s", null)).isEmpty();
    }
}
