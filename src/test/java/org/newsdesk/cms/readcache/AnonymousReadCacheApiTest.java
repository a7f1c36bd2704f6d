package org.newsdesk.cms.readcache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.Articles;
import org.newsdesk.cms.support.Documents;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.Statements;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Repeated anonymous queries are answered from memory, and never with data older
 * than the last change this process made, whichever way the change was written.
 * Counted with Hibernate's statistics (no statements = answered from memory).
 */
@QuarkusTest
class AnonymousReadCacheApiTest {

    private static final String BY_ID = "query($id: ID) { article(id: $id) { title } }";

    @Inject
    EntityManager entityManager;

    @Test
    void aRepeatedAnonymousQueryCostsNoStatements() {
        String id = publishedArticle("Remembered " + Documents.unique());
        JsonPath first = anonymous(id);
        long before = statements();
        JsonPath again = anonymous(id);
        assertThat(statements()).isEqualTo(before);
        assertThat(again.prettify()).isEqualTo(first.prettify());
    }

    @Test
    void anEditIsSeenByTheNextAnonymousQuery() {
        String title = "Before the edit " + Documents.unique();
        String id = publishedArticle(title);
        assertThat(anonymous(id).getString("data.article.title")).isEqualTo(title);
        int version = Articles.get(id).getInt("version");
        Articles.update(id, version, Articles.input(title + " (edited)", "<p>Edited.</p>"));
        assertThat(anonymous(id).getString("data.article.title")).isEqualTo(title + " (edited)");
    }

    @Test
    void aWriteThatBypassesTheApiIsSeenToo() {
        String title = "Changed underneath " + Documents.unique();
        String id = publishedArticle(title);
        anonymous(id);
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update article set title = ?1 where id = ?2")
                .setParameter(1, title + " by SQL").setParameter(2, Long.parseLong(id)).executeUpdate());
        assertThat(anonymous(id).getString("data.article.title")).isEqualTo(title + " by SQL");
    }

    /** A refused mutation is audited, and a document registered: neither changes what readers see. */
    @Test
    void writesThatChangeNoAnswerKeepTheCache() throws Exception {
        String id = publishedArticle("Kept warm " + Documents.unique());
        anonymous(id);
        JsonPath refused = GraphQL.anonymous().post("mutation { deleteArticle(id: \"" + id + "\") }");
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("UNAUTHORIZED");
        String document = "{ articles(first: 1) { nodes { id } } } # " + Documents.unique();
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(document.getBytes(StandardCharsets.UTF_8)));
        given().queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}")
                .queryParam("query", document).get("/graphql").then().statusCode(200);
        long before = statements();
        anonymous(id);
        assertThat(statements()).as("answered from memory still").isEqualTo(before);
    }

    @Test
    void signedInRequestsAreNeverAnsweredFromMemory() {
        String id = publishedArticle("Always fresh " + Documents.unique());
        GraphQL.reader().data(BY_ID, Map.of("id", id));
        long before = statements();
        GraphQL.reader().data(BY_ID, Map.of("id", id));
        assertThat(statements()).isGreaterThan(before);
    }

    private static String publishedArticle(String title) {
        String id = Articles.create(title).getString("id");
        Articles.publish(id);
        return id;
    }

    private static JsonPath anonymous(String id) {
        return GraphQL.anonymous().data(BY_ID, Map.of("id", id));
    }

    private long statements() {
        return Statements.count();
    }
}
