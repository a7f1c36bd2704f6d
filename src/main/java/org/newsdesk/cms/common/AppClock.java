package org.newsdesk.cms.common;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's notion of "now". Everything time-dependent (scheduled
 * publication above all) asks this bean, so tests drive time instead of sleeping.
 */
@ApplicationScoped
public class AppClock {

    public Instant now() {
        return Instant.now();
    }
}
