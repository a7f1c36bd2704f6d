package org.newsdesk.cms.article;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An article's public address, the same in JSON-LD, feeds and sitemaps: the site's
 * ({@code cms.publishing.article-url} with {slug}) when configured, else the article's
 * canonical URL; none when neither is known.
 */
public final class ArticleUrls {

    private ArticleUrls() {
    }

    /**
     * The address of the article with this slug and canonical URL (null when it has
     * none). The slug is percent-encoded: slugs keep non-Latin letters, URLs carry ASCII.
     */
    public static Optional<String> of(PublishingConfig config, String slug, String canonicalUrl) {
        return of(config.articleUrl(), slug, canonicalUrl);
    }

    static Optional<String> of(Optional<String> template, String slug, String canonicalUrl) {
        return template.map(url -> url.replace("{slug}", URLEncoder.encode(slug, StandardCharsets.UTF_8)))
                .or(() -> Optional.ofNullable(canonicalUrl));
    }
}
