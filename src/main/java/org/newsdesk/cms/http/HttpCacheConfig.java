package org.newsdesk.cms.http;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How HTTP caches in front of the API (a CDN, Varnish) may keep anonymous GET answers. */
@ConfigMapping(prefix = "cms.http-cache")
public interface HttpCacheConfig {

    /** {@code Cache-Control: public, max-age} of an anonymous GET answer without errors. */
    @WithDefault("60s")
    Duration maxAge();

    /** How long a cache may serve such an answer stale while it fetches a fresh one. */
    @WithDefault("600s")
    Duration staleWhileRevalidate();

    /**
     * The header that carries the answer's surrogate keys: {@code xkey} for Varnish's
     * xkey module, {@code Surrogate-Key} for Fastly-style CDNs.
     */
    @WithDefault("xkey")
    String keysHeader();

    /**
     * The longest keys header sent; an answer that read more carries the one key
     * {@code all} instead, which every change purges.
     */
    @WithDefault("4096")
    int maxKeysHeaderLength();

    /**
     * The HTTP cache to purge on every change (e.g. {@code http://varnish:80}): a
     * {@code PURGE} with the change's keys in {@code xkey-purge}, delivered like a webhook
     * (package events). Unset: no purge.
     */
    Optional<String> purgeUrl();
}
