package org.newsdesk.cms.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.WebhookReceiver;
import org.newsdesk.cms.support.WebhookReceiver.Received;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

/**
 * Change events delivered to real HTTP receivers: one fails its first three requests,
 * one never answers well. Every committed change reaches the first, signed, in order
 * per article; the second's deliveries are dead-lettered, visible to editors and sent
 * again on request.
 */
@QuarkusTest
@WithTestResource(WebhookReceiver.class)
class WebhooksApiTest {

    @Test
    void everyChangeReachesARecoveringReceiverInOrderAndSigned() {
        String first = create("Harbour vote " + unique());
        for (int version = 0; version < 3; version++) {
            GraphQL.editor().data("mutation($id: ID!, $v: Int!, $in: ArticleInput!) { updateArticle(id: $id,"
                    + " expectedVersion: $v, input: $in) { version } }", Map.of("id", first, "v", version,
                            "in", Map.of("title", "Harbour vote, take " + version, "body", "<p>Text.</p>")));
        }
        GraphQL.editor().data("mutation($id: ID!) { publishArticle(id: $id) { status } }", Map.of("id", first));
        String second = create("Tram strike " + unique());
        // A refused change is no change: no event.
        GraphQL.contributor().post("mutation($id: ID!) { publishArticle(id: $id) { status } }", Map.of("id", second));

        await(() -> acknowledged(first).size() == 5 && acknowledged(second).size() == 1);
        List<JsonObject> events = acknowledged(first);
        assertThat(events.stream().map(event -> event.getString("type")).toList()).containsExactly("createArticle",
                "updateArticle", "updateArticle", "updateArticle", "publishArticle");
        assertThat(events.stream().map(event -> Long.parseLong(event.getString("id"))).toList()).isSorted();
        assertThat(events.stream().map(event -> event.getJsonObject("article").getInteger("version")).toList())
                .containsExactly(0, 1, 2, 3, 4);
        JsonObject published = events.get(4);
        assertThat(published.getJsonObject("article").getString("status")).isEqualTo("PUBLISHED");
        assertThat(published.getJsonObject("article").getString("id")).isEqualTo(first);
        assertThat(published.getString("editor")).isEqualTo("editor");
        assertThat(published.getJsonArray("keys").getList()).contains("article:" + first, "list:articles");
        assertThat(Instant.parse(published.getString("occurredAt"))).isBefore(Instant.now());
        // The receiver's first three answers were 500s: those events came again.
        assertThat(WebhookReceiver.RECEIVED.stream().filter(r -> r.path().equals("/flaky") && r.answeredWith() == 500))
                .hasSize(3);
        for (Received received : WebhookReceiver.RECEIVED) {
            assertThat(validSignature(received)).as("signature of " + received.body()).isTrue();
        }
    }

    @Test
    void aReceiverThatNeverAcceptsGetsDeadLettersThatEditorsSeeAndSendAgain() {
        String article = create("Dead letter " + unique());
        await(() -> dead(article).isPresent());
        JsonPath delivery = dead(article).orElseThrow();
        assertThat(delivery.getInt("attempts")).isEqualTo(4);
        assertThat(delivery.getString("lastError")).isEqualTo("HTTP 500");
        assertThat(delivery.getString("subscriber")).endsWith("/broken");

        assertThat(GraphQL.errorCode(GraphQL.reader().post("{ deliveries { nodes { id } } }"))).isEqualTo("FORBIDDEN");
        JsonPath again = GraphQL.editor().data("mutation($id: ID!) { redeliver(id: $id) { status attempts } }",
                Map.of("id", delivery.getString("id"))).setRootPath("data.redeliver");
        assertThat(again.getString("status")).isEqualTo("PENDING");
        assertThat(again.getInt("attempts")).isZero();
        long triesBefore = WebhookReceiver.RECEIVED.stream().filter(r -> r.path().equals("/broken")
                && r.body().contains("\"id\":\"" + article + "\"")).count();
        await(() -> WebhookReceiver.RECEIVED.stream().filter(r -> r.path().equals("/broken")
                && r.body().contains("\"id\":\"" + article + "\"")).count() > triesBefore);
    }

    @jakarta.inject.Inject
    org.newsdesk.cms.article.schedule.PublicationSchedule schedule;

    @Test
    void aScheduledPublicationIsAnEventToo() {
        String article = create("Scheduled " + unique());
        GraphQL.editor().data("mutation($id: ID!, $at: DateTime) { publishArticle(id: $id, at: $at) { scheduledAt } }",
                Map.of("id", article, "at", Instant.now().plusSeconds(3600).toString()));
        // The scheduler's own step, with its clock an hour and a minute on.
        assertThat(schedule.publishIfDue(Long.parseLong(article), Instant.now().plusSeconds(3660))).isTrue();
        await(() -> acknowledged(article).stream().anyMatch(event -> event.getString("type").equals("scheduledPublication")));
        JsonObject event = acknowledged(article).stream()
                .filter(candidate -> candidate.getString("type").equals("scheduledPublication")).findFirst().orElseThrow();
        assertThat(event.getString("editor")).isEqualTo("scheduler");
        assertThat(event.getJsonObject("article").getString("status")).isEqualTo("PUBLISHED");
    }

    private static java.util.Optional<JsonPath> dead(String article) {
        JsonPath page = GraphQL.editor().data("{ deliveries(first: 100, status: DEAD) { nodes { id articleId subscriber"
                + " status attempts lastError } } }").setRootPath("data.deliveries");
        List<Map<String, Object>> nodes = page.getList("nodes");
        for (int i = 0; i < nodes.size(); i++) {
            if (article.equals(nodes.get(i).get("articleId"))) {
                return java.util.Optional.of(page.setRootPath("data.deliveries.nodes[" + i + "]"));
            }
        }
        return java.util.Optional.empty();
    }

    /** The events about this article that /flaky acknowledged, in the order they came. */
    private static List<JsonObject> acknowledged(String article) {
        return WebhookReceiver.RECEIVED.stream()
                .filter(r -> r.path().equals("/flaky") && r.answeredWith() == 204)
                .map(r -> new JsonObject(r.body()))
                .filter(event -> event.getJsonObject("article") != null
                        && article.equals(event.getJsonObject("article").getString("id")))
                .toList();
    }

    private static boolean validSignature(Received received) {
        String[] parts = received.signature().split(",");
        String timestamp = parts[0].substring("t=".length());
        String expected = Signature.hmac(WebhookReceiver.SECRET, timestamp + "." + received.body());
        return parts[1].equals("v1=" + expected)
                && Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) < 300;
    }

    private static String create(String title) {
        return GraphQL.editor().data("mutation($in: ArticleInput!) { createArticle(input: $in) { id } }",
                Map.of("in", Map.of("title", title, "body", "<p>Text.</p>"))).getString("data.createArticle.id");
    }

    private static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 30 s for the deliveries").isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String unique() {
        return java.util.UUID.randomUUID().toString().substring(0, 8);
    }
}
