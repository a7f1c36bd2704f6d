package org.newsdesk.cms.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The audit trail through the API: what a change, a refusal and a failure leave, and who may read it. */
@QuarkusTest
class AuditTrailApiTest {

    private static final String LOG = "query($first: Int, $after: String, $filter: AuditFilter) {"
            + " auditLog(first: $first, after: $after, filter: $filter) { nodes { id at user role operation targetIds"
            + " fields outcome clientAddress } pageInfo { hasNextPage endCursor } } }";

    @Inject
    DataSource dataSource;

    @Inject
    AuditLog log;

    @Test
    void aChangeIsRecordedWithWhoWhatAndFromWhere() {
        String id = GraphQL.editor().data("mutation($in: ArticleInput!) { createArticle(input: $in) { id } }",
                Map.of("in", Map.of("title", "Audited " + unique(), "body", "<p>Text.</p>")))
                .getString("data.createArticle.id");
        JsonPath trail = articleTrail(id);
        assertThat(trail.getList("nodes")).hasSize(1);
        assertThat(trail.getString("nodes[0].user")).isEqualTo("editor");
        assertThat(trail.getString("nodes[0].role")).isEqualTo("editor");
        assertThat(trail.getString("nodes[0].operation")).isEqualTo("createArticle");
        assertThat(trail.getList("nodes[0].targetIds")).containsExactly("article:" + id);
        assertThat(trail.getList("nodes[0].fields")).contains("input.title", "input.body");
        assertThat(trail.getString("nodes[0].outcome")).isEqualTo("OK");
        assertThat(trail.getString("nodes[0].clientAddress")).isEqualTo("127.0.0.1");
    }

    @Test
    void refusalsAndFailuresAreRecordedWithTheirCodeAndChangeNothing() {
        String id = GraphQL.contributor().data("mutation($in: ArticleInput!) { createArticle(input: $in) { id } }",
                Map.of("in", Map.of("title", "Refused " + unique(), "body", "<p>Text.</p>")))
                .getString("data.createArticle.id");
        GraphQL.contributor().post("mutation($id: ID!) { publishArticle(id: $id) { id } }", Map.of("id", id));
        GraphQL.anonymous().post("mutation($id: ID!) { archiveArticle(id: $id) { id } }", Map.of("id", id));
        GraphQL.editor().post("mutation($id: ID!, $in: ArticleInput!) { updateArticle(id: $id, expectedVersion: 7,"
                + " input: $in) { id } }", Map.of("id", id, "in", Map.of("title", "Stale", "body", "<p>x</p>")));

        JsonPath trail = articleTrail(id);
        assertThat(trail.getList("nodes.operation"))
                .containsExactly("updateArticle", "archiveArticle", "publishArticle", "createArticle");
        assertThat(trail.getList("nodes.outcome")).containsExactly("CONFLICT", "UNAUTHORIZED", "FORBIDDEN", "OK");
        assertThat(trail.getList("nodes.user")).containsExactly("editor", "anonymous", "contributor", "contributor");
        assertThat(trail.getList("nodes.role")).containsExactly("editor", "none", "contributor", "contributor");
        assertThat(GraphQL.editor().data("query($id: ID) { article(id: $id) { status version } }", Map.of("id", id))
                .getString("data.article.status")).isEqualTo("DRAFT");
    }

    @Test
    void onlyAdminsReadTheTrail() {
        String query = "{ auditLog(first: 1) { nodes { id } } }";
        assertThat(GraphQL.errorCode(GraphQL.anonymous().post(query))).isEqualTo("UNAUTHORIZED");
        for (GraphQL refused : List.of(GraphQL.reader(), GraphQL.contributor(), GraphQL.editor())) {
            JsonPath answer = refused.post(query);
            assertThat(GraphQL.errorCode(answer)).isEqualTo("FORBIDDEN");
            assertThat(answer.getString("errors[0].message")).contains("audit:read");
        }
        assertThat(GraphQL.admin().data(query).getList("data.auditLog.nodes")).hasSize(1);
    }

    @Test
    void theTrailFiltersByUserArticleAndTimeAndPagesByCursor() {
        Instant start = Instant.now().minusSeconds(1);
        String id = GraphQL.contributor().data("mutation($in: ArticleInput!) { createArticle(input: $in) { id } }",
                Map.of("in", Map.of("title", "Paged " + unique(), "body", "<p>Text.</p>")))
                .getString("data.createArticle.id");
        for (int i = 0; i < 3; i++) {
            GraphQL.contributor().post("mutation($id: ID!, $v: Int!, $in: ArticleInput!) { updateArticle(id: $id,"
                    + " expectedVersion: $v, input: $in) { id } }",
                    Map.of("id", id, "v", i, "in", Map.of("title", "Paged again " + unique(), "body", "<p>x</p>")));
        }
        JsonPath first = page(Map.of("articleId", id, "user", "contributor"), null, 3);
        assertThat(first.getList("nodes.operation")).containsExactly("updateArticle", "updateArticle", "updateArticle");
        assertThat(first.getBoolean("pageInfo.hasNextPage")).isTrue();
        JsonPath second = page(Map.of("articleId", id), first.getString("pageInfo.endCursor"), 3);
        assertThat(second.getList("nodes.operation")).containsExactly("createArticle");
        assertThat(second.getBoolean("pageInfo.hasNextPage")).isFalse();

        assertThat(page(Map.of("articleId", id, "user", "editor"), null, 10).getList("nodes")).isEmpty();
        assertThat(page(Map.of("articleId", id, "to", start.toString()), null, 10).getList("nodes")).isEmpty();
        assertThat(page(Map.of("articleId", id, "from", start.toString()), null, 10).getList("nodes")).hasSize(4);
    }

    @Test
    void aForwardedAddressIsBelievedOnlyFromATrustedProxy() {
        // The test profile trusts 127.0.0.1 and 10.0.0.0/8 (cms.audit.trusted-proxies).
        String body = "{\"query\":\"mutation { createTag(input: { name: \\\"Forwarded " + unique() + "\\\" }) { id } }\"}";
        String tag = given().auth().preemptive().basic("editor", GraphQL.EDITOR_PASSWORD)
                .header("X-Forwarded-For", "1.1.1.1, 198.51.100.23, 10.20.30.40").contentType(ContentType.JSON)
                .body(body).post("/graphql").then().statusCode(200).extract().jsonPath().getString("data.createTag.id");
        JsonPath trail = GraphQL.admin().data(LOG, Map.of("first", 5, "filter", Map.of("user", "editor")))
                .setRootPath("data.auditLog");
        int index = trail.getList("nodes.targetIds", List.class).indexOf(List.of("tag:" + tag));
        assertThat(index).isNotNegative();
        assertThat(trail.getString("nodes[" + index + "].clientAddress")).isEqualTo("198.51.100.23");
    }

    @Test
    void recordsOlderThanTheRetentionArePruned() throws SQLException {
        Instant old = Instant.now().minus(400, ChronoUnit.DAYS);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into audit_entry (id, at, user_name,"
                        + " role, operation, target_ids, fields, outcome) values (?, ?, 'pruned', 'editor', 'createTag',"
                        + " '', '', 'OK')")) {
            insert.setLong(1, 9_000_000_000L);
            insert.setTimestamp(2, Timestamp.from(old));
            insert.executeUpdate();
        }
        assertThat(page(Map.of("user", "pruned"), null, 10).getList("nodes")).hasSize(1);
        assertThat(log.prune()).isGreaterThanOrEqualTo(1);
        assertThat(page(Map.of("user", "pruned"), null, 10).getList("nodes")).isEmpty();
        assertThat(page(Map.of(), null, 1).getList("nodes")).hasSize(1); // the recent ones stay
    }

    private static JsonPath articleTrail(String id) {
        return page(Map.of("articleId", id), null, 20);
    }

    private static JsonPath page(Map<String, Object> filter, String after, int first) {
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("first", first, "filter", filter));
        if (after != null) {
            variables.put("after", after);
        }
        return GraphQL.admin().data(LOG, variables).setRootPath("data.auditLog");
    }

    private static String unique() {
        return java.util.UUID.randomUUID().toString().substring(0, 8);
    }
}
