package org.newsdesk.cms.feed;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.newsdesk.cms.access.Viewer;
import org.newsdesk.cms.article.ArticleQuery;
import org.newsdesk.cms.article.ArticleReads.Fetch;
import org.newsdesk.cms.article.ArticleReads.IdRun;
import org.newsdesk.cms.article.ArticleReads.Listed;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleUrls;
import org.newsdesk.cms.article.ArticleView;
import org.newsdesk.cms.article.PublishingConfig;
import org.newsdesk.cms.common.AppClock;

/**
 * What the sitemaps list: published articles only, each at its public address (an
 * article without one is left out). Article sitemaps are pages of at most
 * {@link #MAX_URLS} articles in id order, so a page keeps its articles as new ones
 * arrive; the index finds the pages' boundaries in one statement.
 */
@ApplicationScoped
class SitemapService {

    /** The most URLs one sitemap may hold (sitemaps.org). */
    static final int MAX_URLS = 50_000;
    /** Google News lists articles of the last two days, at most 1,000 per sitemap. */
    static final Duration NEWS_WINDOW = Duration.ofHours(48);
    static final int MAX_NEWS = 1_000;

    /** An article sitemap page: the id its articles come after (0 for the first), and its newest change. */
    record Page(long afterId, Instant lastModified) {
    }

    /** An address with its last change. */
    record Url(String loc, Instant lastModified) {
    }

    /** An article in the news sitemap. */
    record NewsUrl(String loc, String publication, String title, Instant published, Instant updated) {
    }

    private final ArticleService articles;
    private final PublishingConfig publishing;
    private final AppClock clock;

    SitemapService(ArticleService articles, PublishingConfig publishing, AppClock clock) {
        this.articles = articles;
        this.publishing = publishing;
        this.clock = clock;
    }

    /** The article sitemap pages: always the first, even before any article exists. */
    List<Page> pages(int size) {
        List<IdRun> runs = articles.publishedIdRuns(size);
        List<Page> pages = new ArrayList<>();
        long after = 0;
        for (IdRun run : runs) {
            pages.add(new Page(after, run.updatedAt()));
            after = run.lastId();
        }
        if (pages.isEmpty()) {
            pages.add(new Page(0, null));
        }
        return pages;
    }

    /** The addresses of up to {@code size} published articles with ids above {@code afterId}. */
    List<Url> urls(long afterId, int size) {
        List<Url> urls = new ArrayList<>();
        for (Listed article : articles.publishedAfterId(afterId, size)) {
            ArticleUrls.of(publishing, article.slug(), article.canonicalUrl())
                    .ifPresent(loc -> urls.add(new Url(loc, article.updatedAt())));
        }
        return urls;
    }

    /**
     * The articles published in the last 48 hours (by the application's clock), newest
     * first; not those dated later than now.
     */
    List<NewsUrl> news() {
        Instant now = clock.now();
        // "before" is exclusive; times are stored to the microsecond: this includes now itself.
        ArticleQuery recent = ArticleQuery.publishedBetween(Viewer.READER, now.minus(NEWS_WINDOW),
                now.plus(1, ChronoUnit.MICROS));
        List<NewsUrl> urls = new ArrayList<>();
        for (ArticleView article : articles.page(recent, null, MAX_NEWS, Fetch.PLAIN).articles()) {
            String publication = article.getSource() != null ? article.getSource().name() : publishing.publisherName();
            ArticleUrls.of(publishing, article.getSlug(), article.getCanonicalUrl())
                    .ifPresent(loc -> urls.add(new NewsUrl(loc, publication, article.getTitle(),
                            article.getPublishedAt().toInstant(), article.getUpdatedAt().toInstant())));
        }
        return urls;
    }
}
