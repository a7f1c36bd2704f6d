package org.newsdesk.cms.events;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who is told of changes, and how hard the dispatcher tries. */
@ConfigMapping(prefix = "cms.webhooks")
public interface WebhooksConfig {

    /** The webhook URLs (comma-separated); unset: none. */
    Optional<List<String>> urls();

    /** The key of the HMAC-SHA256 signature (X-Newsroom-Signature); unset: deliveries are unsigned. */
    Optional<String> secret();

    /** Failed attempts before a delivery is dead-lettered. */
    @WithDefault("10")
    int maxAttempts();

    /** The first retry's delay; each next one doubles it (with jitter), up to {@link #maxBackoff()}. */
    @WithDefault("2s")
    Duration backoff();

    @WithDefault("10m")
    Duration maxBackoff();

    /** How long a claimed delivery is another replica's before it may be tried again. */
    @WithDefault("30s")
    Duration lease();

    /** How often each replica looks for due deliveries (read by the dispatcher's schedule). */
    @WithDefault("1s")
    Duration pollEvery();

    /** How long a subscriber has to answer. */
    @WithDefault("5s")
    Duration timeout();
}
