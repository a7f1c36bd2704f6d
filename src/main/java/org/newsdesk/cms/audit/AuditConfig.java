package org.newsdesk.cms.audit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long the audit trail is kept, and whose forwarded client addresses it believes. */
@ConfigMapping(prefix = "cms.audit")
public interface AuditConfig {

    /** Records older than this are pruned (hourly, see {@code cms.audit.prune-every}). */
    @WithDefault("365d")
    Duration retention();

    /**
     * The proxies (IP addresses or CIDR ranges, e.g. {@code 10.0.0.0/8}) whose
     * {@code X-Forwarded-For} names the client. Unset: nobody's; the trail records the
     * address the connection came from, which a client cannot forge.
     */
    Optional<List<String>> trustedProxies();
}
