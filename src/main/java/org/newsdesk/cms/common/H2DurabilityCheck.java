package org.newsdesk.cms.common;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Says at start when a configured H2 file URL lets H2 confirm commits it has not yet
 * written: the shipped URL sets {@code WRITE_DELAY=0}, but a URL given whole replaces
 * it, and the difference only shows when the process is killed.
 */
@ApplicationScoped
class H2DurabilityCheck {

    void onStart(@Observes StartupEvent event,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> jdbcUrl) {
        jdbcUrl.filter(H2Urls::delaysWrites).ifPresent(url -> Log.warnf(
                "The H2 database file %s is opened without WRITE_DELAY=0: H2 then confirms a commit up to half a"
                        + " second before writing it, and a killed process loses it. Add ;WRITE_DELAY=0 to"
                        + " quarkus.datasource.jdbc.url, or set only cms.h2.file.",
                H2Urls.databaseFile(url).orElseThrow()));
    }
}
