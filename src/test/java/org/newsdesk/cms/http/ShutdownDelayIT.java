package org.newsdesk.cms.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.PackagedApp;

/**
 * Between SIGTERM and the moment it stops taking requests, a replica given a shutdown
 * delay (the Kubernetes manifests give 5 s) reports not ready and goes on answering:
 * requests a load balancer still routes to it meanwhile are served, not refused.
 * Checked on the packaged application.
 */
class ShutdownDelayIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void duringTheDelayItAnswersButReportsNotReady() throws Exception {
        PackagedApp app = PackagedApp.start(Map.of(), "-Dquarkus.shutdown.delay=4S");
        try {
            assertThat(readiness(app)).isEqualTo(200);

            long terminated = System.nanoTime();
            app.terminate();

            assertThat(readinessOnceItChanges(app)).as("readiness after SIGTERM").isEqualTo(503);
            assertThat(GraphQL.anonymous().at(app.baseUrl()).data("{ articles(first: 1) { edges { node { slug } } } }")
                    .getList("data.articles.edges")).as("a query during the delay").isNotNull();
            assertThat(app.exitedWithin(Duration.ofSeconds(30))).as("stopped").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - terminated)).as("not before the delay was over")
                    .isGreaterThan(Duration.ofMillis(3_500));
        } finally {
            app.close();
        }
        assertThat(app.log()).contains("newsroom-cms stopped in").doesNotContain("Timed out waiting for graceful shutdown");
    }

    private static int readinessOnceItChanges(PackagedApp app) throws Exception {
        int status = readiness(app);
        for (int i = 0; i < 40 && status == 200; i++) {
            Thread.sleep(50);
            status = readiness(app);
        }
        return status;
    }

    private static int readiness(PackagedApp app) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/q/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
