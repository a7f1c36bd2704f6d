package org.newsdesk.cms.feed;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Feeds, sitemaps and robots.txt: how long caches keep them and the language they declare. */
@ConfigMapping(prefix = "cms.feeds")
public interface FeedsConfig {

    /**
     * How long browsers, feed readers and shared caches may keep a feed, a sitemap or
     * robots.txt before asking again ({@code Cache-Control: public, max-age}); then they
     * ask with the ETag and usually get a 304.
     */
    @WithDefault("60s")
    Duration maxAge();

    /**
     * The language the articles are written in, as a language tag (en, de-CH): declared by
     * the feeds and named in the news sitemap. Unset: feeds declare none and the news
     * sitemap says en.
     */
    Optional<String> language();
}
