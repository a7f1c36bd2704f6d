package org.newsdesk.cms.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.Documents;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.PackagedApp;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.json.JsonObject;

/**
 * Two replicas of the packaged application on one PostgreSQL deliver webhooks; the
 * one that has been delivering is killed with {@code kill -9} in the middle of the run.
 * The receiver, which acknowledges every event, still gets every event, in order per
 * article, and none twice, except the one delivery the killed replica may have had in
 * flight (acknowledged, but the acknowledgement never read): it comes again after the
 * lease runs out, with the same event id.
 */
class DeliveringReplicaKilledIT {

    private static final int ARTICLES = 60; // two events each: created, published
    private static final int ACKNOWLEDGE_AFTER_MILLIS = 150; // slow enough to kill the replica mid-run
    private static final Map<String, String> EDITOR = Map.of(
            "QUARKUS_SECURITY_USERS_EMBEDDED_USERS_EDITOR", GraphQL.EDITOR_PASSWORD,
            "QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_EDITOR", "editor");

    /** One event as the receiver got it. */
    private record Received(long eventId, String articleId, String body) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();

    @Test
    void noEventIsLostAndNoneDeliveredTwiceToAReceiverThatAcknowledges() throws Exception {
        assumeTrue(System.getenv("CMS_IT_JDBC_URL") != null,
                "PostgreSQL only (scripts/test-postgres.sh): replicas share one database server");
        ExecutorService handlers = Executors.newFixedThreadPool(4);
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(handlers);
        receiver.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                JsonObject event = new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                Thread.sleep(ACKNOWLEDGE_AFTER_MILLIS);
                JsonObject article = event.getJsonObject("article");
                received.add(new Received(Long.parseLong(event.getString("id")),
                        article == null ? null : article.getString("id"), event.encode()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook?run=" + Documents.unique();
        String[] options = { "-Dcms.webhooks.urls=" + hook, "-Dcms.webhooks.secret=crash-test",
                "-Dcms.webhooks.poll-every=100ms", "-Dcms.webhooks.backoff=100ms", "-Dcms.webhooks.lease=10s" };
        try (PackagedApp replicaA = PackagedApp.start(EDITOR, options)) {
            GraphQL editor = GraphQL.editor().at(replicaA.baseUrl());
            for (int i = 0; i < ARTICLES; i++) {
                String id = editor.data("mutation($in: ArticleInput!) { createArticle(input: $in) { id } }",
                        Map.of("in", Map.of("title", "Crash run " + i + " " + Documents.unique(), "body", "<p>x</p>")))
                        .getString("data.createArticle.id");
                editor.data("mutation($id: ID!) { publishArticle(id: $id) { id } }", Map.of("id", id));
            }
            Set<Long> expected = eventIdsQueuedFor(hook);
            assertThat(expected).hasSize(2 * ARTICLES);

            try (PackagedApp replicaB = PackagedApp.start(EDITOR, options)) {
                int beforeTheKill = distinctIds().size();
                assertThat(beforeTheKill).as("replica A had been delivering").isPositive();
                assertThat(beforeTheKill).as("the run is not over yet (slow the receiver down if it is)")
                        .isLessThan(expected.size());
                replicaA.kill();

                Instant deadline = Instant.now().plusSeconds(90);
                while (!distinctIds().containsAll(expected)) {
                    assertThat(Instant.now()).as("every event delivered after the kill; missing: "
                            + missing(expected)).isBefore(deadline);
                    Thread.sleep(100);
                }
                Thread.sleep(1_000); // anything delivered twice would come now

                assertThat(distinctIds()).as("no event lost, none invented").isEqualTo(expected);
                Map<Long, List<Received>> byId = received.stream().collect(Collectors.groupingBy(Received::eventId));
                List<Long> twice = byId.entrySet().stream().filter(entry -> entry.getValue().size() > 1)
                        .map(Map.Entry::getKey).toList();
                assertThat(twice).as("only the delivery in flight when replica A died comes twice").hasSizeLessThanOrEqualTo(1);
                twice.forEach(id -> assertThat(byId.get(id)).as("the same event, the same id")
                        .extracting(Received::body).containsOnly(byId.get(id).get(0).body()));
                assertInOrderPerArticle();
                System.out.printf("%d events; %d delivered before the kill; delivered twice: %s%n", expected.size(),
                        beforeTheKill, twice);
            }
        } finally {
            receiver.stop(0);
            handlers.shutdownNow();
        }
    }

    /** Each article's events arrive in the order they happened (first arrivals; a repeat is not a reordering). */
    private void assertInOrderPerArticle() {
        Map<String, List<Long>> perArticle = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        for (Received event : received) {
            if (seen.add(event.eventId()) && event.articleId() != null) {
                perArticle.computeIfAbsent(event.articleId(), article -> new ArrayList<>()).add(event.eventId());
            }
        }
        assertThat(perArticle).hasSize(ARTICLES);
        perArticle.forEach((article, events) -> assertThat(events).as("events of article " + article).isSorted());
    }

    private Set<Long> distinctIds() {
        return received.stream().map(Received::eventId).collect(Collectors.toSet());
    }

    private Set<Long> missing(Set<Long> expected) {
        Set<Long> missing = new HashSet<>(expected);
        missing.removeAll(distinctIds());
        return missing;
    }

    /** The events the replicas queued for this receiver, read from the database. */
    private static Set<Long> eventIdsQueuedFor(String subscriber) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getenv("CMS_IT_JDBC_URL"),
                System.getenv("CMS_IT_DB_USERNAME"), System.getenv("CMS_IT_DB_PASSWORD"));
                PreparedStatement query = db.prepareStatement("select event_id from delivery where subscriber = ?")) {
            query.setString(1, subscriber);
            Set<Long> ids = new HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }
}
