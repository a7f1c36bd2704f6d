package org.newsdesk.cms.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.support.Documents.markdown;
import static org.newsdesk.cms.support.Documents.unique;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.feed.SitemapService.Page;
import org.newsdesk.cms.feed.SitemapService.Url;
import org.newsdesk.cms.support.Articles;
import org.newsdesk.cms.support.FeedTools;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.Imports;
import org.newsdesk.cms.support.TestClock;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The sitemap index, the article sitemaps, the Google News sitemap and robots.txt
 * through real HTTP, checked with xmllint and read with the JDK's parser: published
 * articles only, keyset pages that cover every article once, the news window by the
 * application's clock, and the caching headers.
 */
@QuarkusTest
class SitemapsApiTest {

    private static final String XML = "application/xml; charset=UTF-8";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final String BASE = "http://localhost:8081";

    @Inject
    SitemapService sitemaps;

    @Inject
    TestClock clock;

    private static String domain;
    private static String older;
    private static String newer;
    private static long olderId;
    private static String draftUrl;

    @BeforeEach
    void publishedArticlesAndADraft() {
        if (domain != null) {
            return;
        }
        String w = unique();
        String host = "www.maps-" + w + ".example";
        older = "https://" + host + "/older";
        newer = "https://" + host + "/newer";
        olderId = Long.parseLong(Imports.importDocument("older-" + w + ".md", markdown("Older <b>&</b> " + w)
                .date(LocalDate.of(2025, 9, 1)).url(older).build()).getString("article.id"));
        Imports.importDocument("newer-" + w + ".md", markdown("Newer & news " + w).date(LocalDate.of(2025, 9, 3))
                .url(newer).build());
        draftUrl = "https://" + host + "/draft";
        Map<String, Object> draft = Articles.input("Draft " + w, "<p>Not yet.</p>");
        draft.put("canonicalUrl", draftUrl);
        Articles.create(draft);
        domain = host;
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theIndexListsTheArticleSitemaps() {
        byte[] index = ok("/sitemap.xml", XML);
        FeedTools.xmllint(index);
        Document dom = FeedTools.dom(index);
        assertThat(dom.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(dom.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP);
        List<String> locs = texts(dom, SITEMAP, "loc");
        assertThat(locs).startsWith(BASE + "/sitemaps/articles.xml");
        assertThat(texts(dom, SITEMAP, "lastmod")).hasSameSizeAs(locs)
                .allSatisfy(lastmod -> assertThat(Instant.parse(lastmod)).isNotNull());
        for (String loc : locs) {
            FeedTools.xmllint(ok(loc.substring(BASE.length()), XML));
        }
    }

    @Test
    void anArticleSitemapListsPublishedAddressesAfterAnId() {
        byte[] all = ok("/sitemaps/articles.xml", XML);
        FeedTools.xmllint(all);
        Document dom = FeedTools.dom(all);
        assertThat(texts(dom, SITEMAP, "loc")).contains(older, newer).doesNotContain(draftUrl);
        NodeList urls = dom.getElementsByTagNameNS(SITEMAP, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            if (text(url, "loc").equals(newer)) {
                assertThat(Instant.parse(text(url, "lastmod"))).isAfterOrEqualTo(Instant.parse("2025-09-03T00:00:00Z"));
            }
        }

        List<String> after = texts(FeedTools.dom(ok("/sitemaps/articles.xml?after=" + olderId, XML)), SITEMAP, "loc");
        assertThat(after).contains(newer).doesNotContain(older);
        for (String bad : List.of("-1", "x", "")) {
            Response refused = given().get("/sitemaps/articles.xml?after=" + bad);
            assertThat(refused.statusCode()).as("after=%s", bad).isEqualTo(400);
            assertThat(refused.contentType()).isEqualTo("text/plain; charset=UTF-8");
        }
    }

    @Test
    void pagesCoverEveryPublishedArticleOnceInIdOrder() {
        int size = 2;
        List<Page> pages = sitemaps.pages(size);
        long published = GraphQL.anonymous().data("{ articles(first: 0) { totalCount } }")
                .getLong("data.articles.totalCount");
        assertThat(pages).hasSize((int) ((published + size - 1) / size));
        List<Url> paged = new ArrayList<>();
        for (Page page : pages) {
            List<Url> urls = sitemaps.urls(page.afterId(), size);
            assertThat(urls).hasSizeLessThanOrEqualTo(size);
            paged.addAll(urls);
        }
        assertThat(paged).containsExactlyElementsOf(sitemaps.urls(0, SitemapService.MAX_URLS));
        assertThat(pages.get(0).afterId()).isZero();
    }

    @Test
    void theNewsSitemapHasTheLastTwoDays() {
        clock.set(Instant.parse("2025-09-04T12:00:00Z"));
        byte[] news = ok("/sitemap-news.xml", XML);
        FeedTools.xmllint(news);
        Document dom = FeedTools.dom(news);
        assertThat(texts(dom, SITEMAP, "loc")).contains(newer).doesNotContain(older, draftUrl);
        NodeList urls = dom.getElementsByTagNameNS(SITEMAP, "url");
        Element entry = null;
        for (int i = 0; i < urls.getLength(); i++) {
            if (text((Element) urls.item(i), "loc").equals(newer)) {
                entry = (Element) urls.item(i);
            }
        }
        assertThat(entry).isNotNull();
        assertThat(text(entry, "name")).isEqualTo(domain.substring("www.".length()));
        assertThat(text(entry, "language")).isEqualTo("en");
        assertThat(text(entry, "publication_date")).isEqualTo("2025-09-03T00:00:00Z");
        assertThat(text(entry, "title")).startsWith("Newer & news ");
        assertThat(entry.getElementsByTagNameNS(NEWS, "publication").getLength()).isEqualTo(1);

        clock.set(Instant.parse("2025-09-06T00:00:01Z"));
        assertThat(texts(FeedTools.dom(ok("/sitemap-news.xml", XML)), SITEMAP, "loc")).doesNotContain(newer);
        clock.set(Instant.parse("2025-09-02T00:00:00Z"));
        assertThat(texts(FeedTools.dom(ok("/sitemap-news.xml", XML)), SITEMAP, "loc")).doesNotContain(newer)
                .contains(older);
    }

    @Test
    void robotsTxtPointsAtTheSitemaps() {
        Response robots = given().get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.contentType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(robots.asString()).contains("User-agent: *\n").contains("Sitemap: " + BASE + "/sitemap.xml\n")
                .contains("Sitemap: " + BASE + "/sitemap-news.xml\n");
        assertThat(robots.header("Cache-Control")).isEqualTo("public, max-age=60");
        assertThat(given().header("If-None-Match", robots.header("ETag")).get("/robots.txt").statusCode())
                .isEqualTo(304);
    }

    @Test
    void sitemapsAreCachedAndRevalidatedLikeFeeds() {
        for (String path : List.of("/sitemap.xml", "/sitemaps/articles.xml", "/sitemap-news.xml")) {
            Response first = given().get(path);
            assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=60");
            assertThat(first.header("ETag")).matches("\"[A-Za-z0-9_-]{43}\"");
            Response again = given().header("If-None-Match", first.header("ETag")).get(path);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            if (first.header("Last-Modified") != null) {
                assertThat(given().header("If-Modified-Since", first.header("Last-Modified")).get(path).statusCode())
                        .as(path).isEqualTo(304);
            }
        }
        assertThat(given().get("/sitemaps/articles.xml").header("Last-Modified")).isNotNull();
    }

    private static byte[] ok(String url, String contentType) {
        Response response = given().get(url);
        assertThat(response.statusCode()).as("GET %s: %s", url, response.asString()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo(contentType);
        return response.asByteArray();
    }

    private static List<String> texts(Document dom, String namespace, String name) {
        NodeList nodes = dom.getElementsByTagNameNS(namespace, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static String text(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }
}
