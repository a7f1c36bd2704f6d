package org.newsdesk.cms.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.Documents;
import org.newsdesk.cms.support.PackagedApp;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * PostgreSQL stops (crash-like, {@code pg_ctl -m immediate}) under read and write
 * load and comes back: meanwhile the app answers with errors and reports not-ready
 * while staying live; afterwards it serves again by itself, and every write it
 * acknowledged is there, with its revisions. A write whose answer was lost in the
 * crash may or may not have committed (the database can die after its commit and
 * before its acknowledgement), but never in part: its title and revision go together.
 * Runs in the PostgreSQL suite
 * (scripts/test-postgres.sh), which tells it how to stop and start the cluster.
 */
class DatabaseOutageIT {

    private static final String PASSWORD = "database-outage-test";
    private static final Map<String, String> EDITOR = Map.of(
            "QUARKUS_SECURITY_USERS_EMBEDDED_USERS_EDITOR", PASSWORD,
            "QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_EDITOR", "editor");
    private static final RestAssuredConfig TIMEOUTS = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 5_000).setParam("http.socket.timeout", 30_000));
    private static final int WRITERS = 3;
    private static final int READERS = 3;

    /** A state an article may be found in: its title and revision count. */
    private record Written(String title, int revisions) {
    }

    /** Per acknowledged article, the states it may be in: one, or two while a retitle's outcome is unknown. */
    private final Map<String, List<Written>> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger failedRequests = new AtomicInteger();
    private final AtomicInteger answeredReads = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);

    @Test
    void acknowledgedWritesSurviveADatabaseCrash() throws Exception {
        assumeTrue(System.getenv("CMS_IT_JDBC_URL") != null && System.getenv("PG_DIR") != null,
                "needs the PostgreSQL cluster of scripts/test-postgres.sh");
        String batch = Documents.unique();
        try (PackagedApp app = PackagedApp.start(EDITOR)) {
            ExecutorService load = Executors.newFixedThreadPool(WRITERS + READERS);
            for (int i = 0; i < WRITERS; i++) {
                int writer = i;
                load.submit(() -> write(app, batch + " w" + writer));
            }
            for (int i = 0; i < READERS; i++) {
                load.submit(() -> read(app));
            }
            try {
                Thread.sleep(4_000);
                int acknowledgedBefore = acknowledged.size();
                cluster("pg_server_crash");
                try {
                    assertThat(awaitStatus(app, "/q/health/ready", 503)).as("not ready while the database is down").isTrue();
                    assertThat(status(app, "/q/health/live")).as("still live").isEqualTo(200);
                    Thread.sleep(4_000); // load keeps coming while the database is away
                } finally {
                    cluster("pg_server_start");
                }
                assertThat(awaitStatus(app, "/q/health/ready", 200)).as("ready again by itself").isTrue();
                int acknowledgedAtRecovery = acknowledged.size();
                Thread.sleep(4_000);
                assertThat(acknowledgedBefore).as("writes acknowledged before the outage").isPositive();
                assertThat(acknowledged.size()).as("writes acknowledged after recovery").isGreaterThan(acknowledgedAtRecovery);
            } finally {
                running.set(false);
                load.shutdown();
                assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(failedRequests.get()).as("requests refused during the outage").isPositive();
            assertThat(answeredReads.get()).isPositive();
            for (Map.Entry<String, List<Written>> write : acknowledged.entrySet()) {
                JsonPath article = editor(app, "query($id: ID) { article(id: $id) { title revisions { number } } }",
                        Map.of("id", write.getKey())).setRootPath("data.article");
                Written found = new Written(article.getString("title"), article.getList("revisions").size());
                assertThat(found).as(write.getKey()).isIn(write.getValue());
            }
        }
    }

    /** Creates articles and retitles every second one, remembering what was acknowledged. */
    private void write(PackagedApp app, String prefix) {
        for (int n = 0; running.get(); n++) {
            try {
                String title = prefix + " n" + n;
                JsonPath created = editor(app, "mutation($in: ArticleInput!) { createArticle(input: $in) { id version } }",
                        Map.of("in", Map.of("title", title, "body", "<p>Written under load.</p>")));
                if (!ok(created)) {
                    continue;
                }
                String id = created.getString("data.createArticle.id");
                Written original = new Written(title, 1);
                acknowledged.put(id, List.of(original));
                if (n % 2 == 0) {
                    Written retitled = new Written(title + " retitled", 2);
                    acknowledged.put(id, List.of(original, retitled)); // until the answer says which
                    JsonPath updated = editor(app, "mutation($id: ID!, $v: Int!, $in: ArticleInput!) {"
                            + " updateArticle(id: $id, expectedVersion: $v, input: $in) { id } }",
                            Map.of("id", id, "v", created.getInt("data.createArticle.version"),
                                    "in", Map.of("title", title + " retitled", "body", "<p>Written under load.</p>")));
                    if (ok(updated)) {
                        acknowledged.put(id, List.of(retitled));
                    }
                }
            } catch (RuntimeException refused) {
                failedRequests.incrementAndGet();
            }
        }
    }

    private void read(PackagedApp app) {
        while (running.get()) {
            try {
                JsonPath page = given().config(TIMEOUTS).baseUri(app.baseUrl()).contentType(ContentType.JSON)
                        .body(Map.of("query", "{ articles(first: 20) { edges { node { title authors { name } } } } }"))
                        .post("/graphql").then().extract().jsonPath();
                if (ok(page)) {
                    answeredReads.incrementAndGet();
                }
            } catch (RuntimeException refused) {
                failedRequests.incrementAndGet();
            }
        }
    }

    private boolean ok(JsonPath response) {
        List<Object> errors = response.getList("errors");
        if (errors == null || errors.isEmpty()) {
            return true;
        }
        failedRequests.incrementAndGet();
        return false;
    }

    private static JsonPath editor(PackagedApp app, String query, Map<String, Object> variables) {
        return given().config(TIMEOUTS).baseUri(app.baseUrl()).auth().preemptive().basic("editor", PASSWORD)
                .contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                .post("/graphql").then().extract().jsonPath();
    }

    private static int status(PackagedApp app, String path) {
        return given().config(TIMEOUTS).baseUri(app.baseUrl()).get(path).statusCode();
    }

    private static boolean awaitStatus(PackagedApp app, String path, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (status(app, path) == expected) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    /** Runs a function of scripts/postgres.sh against the suite's cluster (PG_* in the environment). */
    private static void cluster(String function) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", "source scripts/postgres.sh && " + function)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(function + ": " + output).isZero();
    }
}
