package org.newsdesk.cms.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.Documents;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.LiveSubscriber;
import org.newsdesk.cms.support.PackagedApp;
import org.newsdesk.cms.support.VarnishServer;

import io.restassured.response.Response;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;

/**
 * Production's shape on one machine: a real Varnish running the shipped VCL in front of
 * two replicas of the packaged application on one PostgreSQL. Article pages are served
 * by the cache (the replicas see one request for many); an editor's correction and an
 * unpublication, made through either replica, reach readers through the cache within a
 * second and purge nothing else; a reader of one replica sees an edit made through the
 * other within a second; a dashboard on one replica hears changes made through the other.
 */
class ReplicasBehindVarnishIT {

    private static final String ARTICLE = "query($slug: String) { article(slug: $slug) { title version } }";
    private static final Map<String, String> EDITOR = Map.of(
            "QUARKUS_SECURITY_USERS_EMBEDDED_USERS_EDITOR", GraphQL.EDITOR_PASSWORD,
            "QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_EDITOR", "editor");

    private static PackagedApp replicaA;
    private static PackagedApp replicaB;
    private static VarnishServer varnish;
    private static String varnishUrl;

    @BeforeAll
    static void startReplicasBehindVarnish() throws Exception {
        assumeTrue(System.getenv("CMS_IT_JDBC_URL") != null,
                "PostgreSQL only (scripts/test-postgres.sh): replicas share one database server");
        int varnishPort = VarnishServer.reservePort();
        varnishUrl = "http://127.0.0.1:" + varnishPort;
        String[] options = { "-Dcms.http-cache.purge-url=" + varnishUrl, "-Dcms.webhooks.poll-every=100ms",
                "-Dcms.webhooks.backoff=100ms" };
        replicaA = PackagedApp.start(EDITOR, options);
        replicaB = PackagedApp.start(EDITOR, options);
        varnish = VarnishServer.inFrontOf(varnishPort, List.of(replicaA.port(), replicaB.port()));
    }

    @AfterAll
    static void stop() throws Exception {
        if (varnish != null) {
            varnish.close();
        }
        for (PackagedApp replica : new PackagedApp[] { replicaA, replicaB }) {
            if (replica != null) {
                replica.close();
            }
        }
    }

    @Test
    void pagesAreServedByTheCacheAndPurgedExactlyWhicheverReplicaMadeTheChange() throws Exception {
        String[] edited = published(replicaA, "Tunnel closed " + Documents.unique());
        String[] unrelated = published(replicaB, "Trains on time " + Documents.unique());
        awaitPurges();

        long before = pagesServedByReplicas();
        for (int i = 0; i < 50; i++) {
            assertThat(throughVarnish(edited[1]).jsonPath().getString("data.article.title")).startsWith("Tunnel closed");
            throughVarnish(unrelated[1]);
        }
        assertThat(pagesServedByReplicas() - before).as("100 reads of two pages reached the replicas twice").isEqualTo(2);

        GraphQL.editor().at(replicaB.baseUrl()).data("mutation($id: ID!, $in: ArticleInput!) { updateArticle(id: $id,"
                + " expectedVersion: 1, input: $in) { version } }",
                Map.of("id", edited[0], "in", Map.of("title", "Tunnel reopened", "body", "<p>Corrected.</p>")));
        Instant corrected = Instant.now();
        awaitWithinASecond(corrected, "the correction through the cache",
                () -> "Tunnel reopened".equals(throughVarnish(edited[1]).jsonPath().getString("data.article.title")));

        awaitPurges();
        long afterCorrection = pagesServedByReplicas();
        assertThat(hit(throughVarnish(unrelated[1]))).as("an unrelated article stays cached").isTrue();
        assertThat(pagesServedByReplicas()).isEqualTo(afterCorrection);

        GraphQL.editor().at(replicaA.baseUrl()).data("mutation($id: ID!) { unpublishArticle(id: $id) { status } }",
                Map.of("id", edited[0]));
        Instant unpublished = Instant.now();
        awaitWithinASecond(unpublished, "the unpublication through the cache",
                () -> throughVarnish(edited[1]).jsonPath().get("data.article") == null);
    }

    @Test
    void aReaderOfOneReplicaSeesAnEditMadeThroughTheOtherWithinASecond() throws Exception {
        String[] article = published(replicaA, "Harbour quiet " + Documents.unique());
        assertThat(titleOn(replicaB, article[1])).startsWith("Harbour quiet");
        assertThat(titleOn(replicaB, article[1])).startsWith("Harbour quiet"); // remembered by B's answer cache now

        GraphQL.editor().at(replicaA.baseUrl()).data("mutation($id: ID!, $in: ArticleInput!) { updateArticle(id: $id,"
                + " expectedVersion: 1, input: $in) { version } }",
                Map.of("id", article[0], "in", Map.of("title", "Harbour busy", "body", "<p>Ships.</p>")));
        Instant edited = Instant.now();
        awaitWithinASecond(edited, "the edit on the other replica", () -> "Harbour busy".equals(titleOn(replicaB, article[1])));
    }

    @Test
    void aDashboardOnOneReplicaHearsChangesMadeThroughTheOther() throws Exception {
        try (LiveSubscriber dashboard = new LiveSubscriber(replicaB.baseUrl(), "editor:" + GraphQL.EDITOR_PASSWORD,
                "subscription { articleChanged { eventId type articleId status version editor } }")) {
            String[] article = published(replicaA, "Bridge painted " + Documents.unique());
            JsonObject created = dashboard.next();
            assertThat(created.getString("type")).isEqualTo("createArticle");
            assertThat(created.getString("articleId")).isEqualTo(article[0]);
            assertThat(created.getString("status")).isEqualTo("DRAFT");
            assertThat(created.getString("editor")).isEqualTo("editor");
            JsonObject published = dashboard.next();
            assertThat(published.getString("type")).isEqualTo("publishArticle");
            assertThat(published.getString("status")).isEqualTo("PUBLISHED");
            assertThat(Long.parseLong(published.getString("eventId"))).isGreaterThan(Long.parseLong(created.getString("eventId")));
        }
    }

    /** [id, slug] of a new article published through this replica. */
    private static String[] published(PackagedApp replica, String title) {
        GraphQL editor = GraphQL.editor().at(replica.baseUrl());
        String id = editor.data("mutation($in: ArticleInput!) { createArticle(input: $in) { id } }",
                Map.of("in", Map.of("title", title, "body", "<p>Text.</p>"))).getString("data.createArticle.id");
        String slug = GraphQL.editor().at(replica.baseUrl()).data("mutation($id: ID!) { publishArticle(id: $id) { slug } }",
                Map.of("id", id)).getString("data.publishArticle.slug");
        return new String[] { id, slug };
    }

    /** Until no purge is pending: what is cached from now on stays until a later change. */
    private static void awaitPurges() throws Exception {
        Instant deadline = Instant.now().plusSeconds(10);
        while (GraphQL.editor().at(replicaA.baseUrl())
                .data("{ deliveries(first: 100, status: PENDING) { nodes { subscriber } } }")
                .getList("data.deliveries.nodes.subscriber", String.class).stream()
                .anyMatch(subscriber -> subscriber.startsWith("PURGE "))) {
            assertThat(Instant.now()).as("purges delivered within 10 s").isBefore(deadline);
            Thread.sleep(20);
        }
    }

    private static Response throughVarnish(String slug) {
        return given().baseUri(varnishUrl).queryParam("query", ARTICLE)
                .queryParam("variables", Json.encode(Map.of("slug", slug))).get("/graphql");
    }

    private static String titleOn(PackagedApp replica, String slug) {
        return GraphQL.anonymous().at(replica.baseUrl()).data(ARTICLE, Map.of("slug", slug)).getString("data.article.title");
    }

    /** GET /graphql requests both replicas answered, from their own metrics. */
    private static long pagesServedByReplicas() {
        return replicaA.graphqlGetsServed() + replicaB.graphqlGetsServed();
    }

    /** Varnish's X-Varnish header names two transactions on a hit: this one and the one that filled the cache. */
    private static boolean hit(Response response) {
        return response.header("X-Varnish") != null && response.header("X-Varnish").trim().split(" ").length == 2;
    }

    private static void awaitWithinASecond(Instant since, String what, BooleanSupplier seen) throws Exception {
        while (!seen.getAsBoolean()) {
            assertThat(Duration.between(since, Instant.now())).as(what + " within 1 s").isLessThan(Duration.ofSeconds(1));
            Thread.sleep(20);
        }
    }
}
