package org.newsdesk.cms.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who is told of changes: the webhooks ({@code cms.webhooks.urls}) and, with
 * {@code cms.http-cache.purge-url}, the HTTP cache, as {@code "PURGE <url>"}.
 */
@ApplicationScoped
class Subscribers {

    static final String PURGE = "PURGE ";

    private final WebhooksConfig config;
    private final Optional<String> purgeUrl;

    Subscribers(WebhooksConfig config,
            @ConfigProperty(name = "cms.http-cache.purge-url") Optional<String> purgeUrl) {
        this.config = config;
        this.purgeUrl = purgeUrl.map(String::strip).filter(url -> !url.isEmpty());
    }

    /** Every subscriber, as stored with its deliveries. */
    List<String> all() {
        List<String> all = new ArrayList<>(config.urls().orElse(List.of()).stream().map(String::strip)
                .filter(url -> !url.isEmpty()).toList());
        purgeUrl.ifPresent(url -> all.add(PURGE + url));
        return all;
    }

    static boolean isPurge(String subscriber) {
        return subscriber.startsWith(PURGE);
    }
}
