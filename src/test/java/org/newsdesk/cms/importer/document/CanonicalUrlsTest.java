package org.newsdesk.cms.importer.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalUrlsTest {

    @Test
    void derivesTheDomainWithoutWww() {
        assertThat(CanonicalUrls.domainOf("https://www.themoscowtimes.com/2025/09/02/a90401"))
                .isEqualTo("themoscowtimes.com");
        assertThat(CanonicalUrls.domainOf("https://APNEWS.com/article/x")).isEqualTo("apnews.com");
        assertThat(CanonicalUrls.domainOf("http://news.example.org/x")).isEqualTo("news.example.org");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"#", "/2025/09/02/relative", "javascript:alert(1)", "mailto:desk@example.com",
            "ftp://example.com/file", "https://", "not a url"})
    void refusesWhatIsNoHttpAddress(String url) {
        assertThat(CanonicalUrls.isHttp(url)).isFalse();
        assertThatThrownBy(() -> CanonicalUrls.require(url)).isInstanceOf(UnreadableDocumentException.class);
    }

    @Test
    void refusesAHostLongerThanDnsAllows() {
        String url = "https://" + "a".repeat(250) + ".example/story";
        assertThat(CanonicalUrls.isHttp(url)).isFalse();
        assertThatThrownBy(() -> CanonicalUrls.require(url))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("names a host of 258 characters; a host name has at most 253");
        assertThat(CanonicalUrls.isHttp("https://" + "a".repeat(245) + ".example/story")).isTrue();
    }
}
