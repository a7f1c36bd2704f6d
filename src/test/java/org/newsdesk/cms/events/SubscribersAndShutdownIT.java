package org.newsdesk.cms.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.LiveSubscriber;
import org.newsdesk.cms.support.PackagedApp;

/**
 * A process that has served GraphQL subscriptions stops as soon as its other requests
 * are done, not after the whole graceful-shutdown timeout (30 s): a subscriber that left,
 * and one still connected, whose connection ends with the server. Checked on the
 * packaged application, stopped as Kubernetes stops it (SIGTERM).
 */
class SubscribersAndShutdownIT {

    private static final String SUBSCRIPTION = "subscription { articleChanged { articleId } }";

    @Test
    void subscribersDoNotHoldTheShutdown() throws Exception {
        PackagedApp app = PackagedApp.start(Map.of());
        LiveSubscriber stayed;
        try {
            new LiveSubscriber(app.baseUrl(), null, SUBSCRIPTION).close();
            stayed = new LiveSubscriber(app.baseUrl(), null, SUBSCRIPTION);
        } finally {
            app.close(); // SIGTERM, then up to 30 s before the process is killed
        }

        assertThat(app.log()).as("the application's log")
                .contains("newsroom-cms stopped in")
                .doesNotContain("Timed out waiting for graceful shutdown");
        assertThat(stayed.endedWithin(Duration.ofSeconds(5))).as("the connected subscriber hears the server go").isTrue();
    }
}
