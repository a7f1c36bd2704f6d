package org.newsdesk.cms.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.cms.support.Documents;
import org.newsdesk.cms.support.PackagedApp;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A scheduled publication is held in the database: it survives a restart of the
 * packaged application and happens on the next start once its time has passed.
 * Time is moved in the database while the application is down, not slept through.
 */
class ScheduledPublicationIT {

    private static final Map<String, String> EDITOR = Map.of(
            "QUARKUS_SECURITY_USERS_EMBEDDED_USERS_EDITOR", "scheduled-publication-test",
            "QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_EDITOR", "editor");

    @Test
    void scheduleSurvivesARestart(@TempDir Path work) throws Exception {
        String h2 = "jdbc:h2:file:" + work.resolve("db").toAbsolutePath();
        List<String> options = new ArrayList<>();
        if (System.getenv("CMS_IT_JDBC_URL") == null) {
            options.add("-Dquarkus.datasource.jdbc.url=" + h2 + ";DB_CLOSE_ON_EXIT=FALSE");
        }
        String id;
        Instant at = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        try (PackagedApp app = PackagedApp.start(EDITOR, options.toArray(String[]::new))) {
            id = editor(app, "mutation($in: ArticleInput!) { createArticle(input: $in) { id } }",
                    Map.of("in", Map.of("title", "Embargoed " + Documents.unique(), "body", "<p>Later.</p>")))
                    .getString("data.createArticle.id");
            JsonPath scheduled = editor(app, "mutation($id: ID!, $at: DateTime) { publishArticle(id: $id, at: $at) { status scheduledAt } }",
                    Map.of("id", id, "at", at.toString()));
            assertThat(scheduled.getString("data.publishArticle.status")).isEqualTo("DRAFT");
        }

        // While no replica runs, the scheduled time passes.
        Instant due = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
        try (Connection db = connect(h2);
                PreparedStatement move = db.prepareStatement("update article set scheduled_at = ? where id = ?")) {
            move.setTimestamp(1, Timestamp.from(due));
            move.setLong(2, Long.parseLong(id));
            assertThat(move.executeUpdate()).isEqualTo(1);
        }

        try (PackagedApp app = PackagedApp.start(EDITOR, options.toArray(String[]::new))) {
            JsonPath reader = given().baseUri(app.baseUrl()).contentType(ContentType.JSON)
                    .body(Map.of("query", "query($id: ID) { article(id: $id) { status publishedAt scheduledAt } }",
                            "variables", Map.of("id", id)))
                    .post("/graphql").then().statusCode(200).extract().jsonPath();
            assertThat(reader.getString("data.article.status")).isEqualTo("PUBLISHED");
            assertThat(Instant.parse(reader.getString("data.article.publishedAt"))).isEqualTo(due);
            assertThat(reader.getString("data.article.scheduledAt")).isNull();
        }
    }

    private static Connection connect(String h2) throws Exception {
        String url = System.getenv("CMS_IT_JDBC_URL");
        return url == null ? DriverManager.getConnection(h2, "sa", "")
                : DriverManager.getConnection(url, System.getenv("CMS_IT_DB_USERNAME"), System.getenv("CMS_IT_DB_PASSWORD"));
    }

    private static JsonPath editor(PackagedApp app, String query, Map<String, Object> variables) {
        JsonPath answer = given().baseUri(app.baseUrl()).auth().preemptive().basic("editor", "scheduled-publication-test")
                .contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
        return answer;
    }
}
