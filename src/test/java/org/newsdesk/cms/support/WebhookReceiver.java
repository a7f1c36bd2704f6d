package org.newsdesk.cms.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Real HTTP webhook receivers for the delivery tests, on 127.0.0.1: {@code /flaky}
 * answers 500 to its first three requests and then acknowledges every one;
 * {@code /broken} never does (500). Every request is kept, with its headers, in the
 * order it came. The application is started with both as its webhooks, a secret, and
 * short backoffs.
 */
public class WebhookReceiver implements QuarkusTestResourceLifecycleManager {

    public static final String SECRET = "webhook-test-secret";

    /** One request as received, and what it was answered. */
    public record Received(String path, String body, String signature, String eventId, int answeredWith) {
    }

    public static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final AtomicInteger FLAKY_FAILURES_LEFT = new AtomicInteger(3);

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/flaky", exchange -> answer(exchange, FLAKY_FAILURES_LEFT.getAndDecrement() > 0 ? 500 : 204));
        server.createContext("/broken", exchange -> answer(exchange, 500));
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, String> config = new java.util.HashMap<>(Map.of("cms.webhooks.urls", base + "/flaky," + base + "/broken",
                "cms.webhooks.secret", SECRET,
                "cms.webhooks.backoff", "100ms",
                "cms.webhooks.max-backoff", "400ms",
                "cms.webhooks.max-attempts", "4",
                "cms.webhooks.poll-every", "200ms",
                // The tests' profile stops scheduled jobs; the dispatcher is one.
                "quarkus.scheduler.enabled", "true"));
        if (System.getenv("CMS_TEST_JDBC_URL") == null) {
            // A restart of the application: on embedded H2, with a database of its own.
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:newsroom-webhooks;DB_CLOSE_DELAY=-1");
        }
        return config;
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            RECEIVED.add(new Received(exchange.getRequestURI().getPath(), body,
                    exchange.getRequestHeaders().getFirst("X-Newsroom-Signature"),
                    exchange.getRequestHeaders().getFirst("X-Newsroom-Event-Id"), status));
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
