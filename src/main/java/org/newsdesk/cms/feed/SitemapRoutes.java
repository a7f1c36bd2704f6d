package org.newsdesk.cms.feed;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.newsdesk.cms.feed.SitemapService.Url;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The sitemap index ({@code /sitemap.xml}), the article sitemaps it lists
 * ({@code /sitemaps/articles.xml?after=<id>}), the Google News sitemap
 * ({@code /sitemap-news.xml}) and {@code /robots.txt}, which points crawlers at them.
 * Cached and revalidated like the feeds.
 */
@ApplicationScoped
class SitemapRoutes {

    static final String ARTICLES = "/sitemaps/articles.xml";
    private static final String XML = "application/xml; charset=UTF-8";

    private final SitemapService sitemaps;
    private final Answers answers;
    private final SiteAddress site;
    private final FeedsConfig config;

    SitemapRoutes(SitemapService sitemaps, Answers answers, SiteAddress site, FeedsConfig config) {
        this.sitemaps = sitemaps;
        this.answers = answers;
        this.site = site;
        this.config = config;
    }

    void install(@Observes Router router) {
        Answers.get(router, "/sitemap.xml", this::index);
        Answers.get(router, ARTICLES, this::articles);
        Answers.get(router, "/sitemap-news.xml", this::news);
        Answers.get(router, "/robots.txt", this::robots);
    }

    private void index(RoutingContext context) {
        String base = site.of(context);
        List<Url> entries = sitemaps.pages(SitemapService.MAX_URLS).stream()
                .map(page -> new Url(base + ARTICLES + (page.afterId() == 0 ? "" : "?after=" + page.afterId()),
                        page.lastModified()))
                .toList();
        answers.send(context, XML, SitemapWriter.index(entries),
                newest(entries.stream().map(Url::lastModified).toList()));
    }

    private void articles(RoutingContext context) {
        String after = FeedRoutes.first(context, "after");
        long afterId;
        try {
            afterId = after == null ? 0 : Long.parseLong(after.strip());
        } catch (NumberFormatException e) {
            afterId = -1;
        }
        if (afterId < 0) {
            Answers.refuse(context, 400, "after must be an article id (a whole number, 0 or more)");
            return;
        }
        List<Url> urls = sitemaps.urls(afterId, SitemapService.MAX_URLS);
        answers.send(context, XML, SitemapWriter.urls(urls), newest(urls.stream().map(Url::lastModified).toList()));
    }

    private void news(RoutingContext context) {
        List<SitemapService.NewsUrl> urls = sitemaps.news();
        answers.send(context, XML, SitemapWriter.news(urls, config.language().orElse("en")),
                newest(urls.stream().map(SitemapService.NewsUrl::updated).toList()));
    }

    private void robots(RoutingContext context) {
        String base = site.of(context);
        String robots = "# The articles are listed in the sitemaps; the API and the operations endpoints are"
                + " not for crawlers.\n"
                + "User-agent: *\nDisallow: /graphql\nDisallow: /q/\n\n"
                + "Sitemap: " + base + "/sitemap.xml\n"
                + "Sitemap: " + base + "/sitemap-news.xml\n";
        answers.send(context, "text/plain; charset=UTF-8", Answers.utf8(robots), Optional.empty());
    }

    private static Optional<Instant> newest(List<Instant> times) {
        return times.stream().filter(Objects::nonNull).max(Comparator.naturalOrder());
    }
}
