package org.newsdesk.cms.article;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Publishing: scheduled publication and what front ends are told. */
@ConfigMapping(prefix = "cms.publishing")
public interface PublishingConfig {

    /** How often due scheduled publications are looked for; a schedule happens at most this late. */
    @WithDefault("30s")
    Duration checkEvery();

    /**
     * The public address of an article on the newsroom's site, with {slug} standing for
     * its slug (e.g. https://news.example.com/{slug}); used as the JSON-LD url and as the
     * link in feeds and sitemaps. Unset: the article's canonical URL.
     */
    Optional<String> articleUrl();

    /**
     * The public address this application's feeds, sitemaps and robots.txt are reached
     * at (e.g. https://news.example.com), where absolute links to them start. Unset: the
     * scheme and host of each request.
     */
    Optional<String> siteUrl();

    /** The publisher named in JSON-LD when an article has no source. */
    @WithDefault("Newsroom")
    String publisherName();
}
