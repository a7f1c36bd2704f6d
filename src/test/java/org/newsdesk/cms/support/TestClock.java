package org.newsdesk.cms.support;

import java.time.Instant;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.newsdesk.cms.common.AppClock;

/** The application's clock in tests: real time until a test sets it, so tests drive time instead of sleeping. */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends AppClock {

    private volatile Instant fixed;

    @Override
    public Instant now() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }

    public void set(Instant now) {
        fixed = now;
    }

    public void reset() {
        fixed = null;
    }
}
