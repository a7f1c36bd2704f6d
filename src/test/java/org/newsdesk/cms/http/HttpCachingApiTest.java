package org.newsdesk.cms.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.Articles;
import org.newsdesk.cms.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * What HTTP caches in front of the API are told: anonymous GET answers are public
 * with an ETag and the surrogate keys of what they read; everything else is private;
 * automatic persisted queries make GETs short and cacheable.
 */
@QuarkusTest
class HttpCachingApiTest {

    private static final String ARTICLE = "query($slug: String) { article(slug: $slug) { title authors { name } source { name } } }";

    @Inject
    DataSource dataSource;

    @Test
    void anAnonymousGetIsPublicWithAnETagAndTheKeysOfWhatItRead() {
        String id = Articles.publish(Articles.create("Cacheable " + unique()).getString("id")).getString("id");
        String slug = Articles.get(id).getString("slug");
        Response first = get(ARTICLE, Map.of("slug", slug));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=60, stale-while-revalidate=600");
        assertThat(first.header("Vary")).contains("Accept");
        assertThat(first.header("ETag")).matches("\"[A-Za-z0-9_-]{43}\"");
        assertThat(first.header("xkey").split(" ")).contains("article:" + id);

        Response again = given().header("If-None-Match", first.header("ETag")).queryParam("query", ARTICLE)
                .queryParam("variables", "{\"slug\":\"" + slug + "\"}").get("/graphql");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.asString()).isEmpty();

        Response list = get("{ articles(first: 3) { nodes { id } } }", Map.of());
        List<String> keys = List.of(list.header("xkey").split(" "));
        assertThat(keys).contains("list:articles");
        list.jsonPath().getList("data.articles.nodes.id", String.class)
                .forEach(article -> assertThat(keys).contains("article:" + article));
    }

    @Test
    void anAuthorsOrSourcesPageCarriesItsOwnKeySoARenamePurgesIt() {
        JsonPath author = GraphQL.editor().data("mutation($name: String!) { createAuthor(input: { name: $name }) { id slug } }",
                Map.of("name", "Keyed Author " + unique())).setRootPath("data.createAuthor");
        JsonPath source = GraphQL.editor().data("mutation($domain: String!) { createSource(input: { name: \"Keyed\","
                + " domain: $domain }) { id slug } }", Map.of("domain", unique() + ".example")).setRootPath("data.createSource");
        Map<String, Object> byAuthor = Map.of("slug", author.getString("slug"));
        // The read plan's path and the engine's (a fragment has no plan): the same keys.
        for (String query : List.of("query($slug: String!) { author(slug: $slug) { name articleCount } }",
                "query($slug: String!) { author(slug: $slug) { ...A } } fragment A on Author { name articleCount }")) {
            assertThat(get(query, byAuthor).header("xkey").split(" "))
                    .contains("author:" + author.getString("id"), "list:author:" + author.getString("id"));
        }
        assertThat(get("query($slug: String!) { source(slug: $slug) { name articleCount } }",
                Map.of("slug", source.getString("slug"))).header("xkey").split(" "))
                .contains("source:" + source.getString("id"), "list:source:" + source.getString("id"));
    }

    @Test
    void signedInPostErrorsAndMutationsAreNeverStored() {
        Response signedIn = given().auth().preemptive().basic("editor", GraphQL.EDITOR_PASSWORD)
                .queryParam("query", "{ articles(first: 1) { nodes { id } } }").get("/graphql");
        assertThat(signedIn.header("Cache-Control")).isEqualTo("private, no-store");
        assertThat(signedIn.header("xkey")).isNull();

        Response post = given().contentType(ContentType.JSON).body(Map.of("query", "{ articles(first: 1) { nodes { id } } }"))
                .post("/graphql");
        assertThat(post.header("Cache-Control")).isEqualTo("private, no-store");

        Response withErrors = get("{ articles(first: 1000) { nodes { id } } }", Map.of());
        assertThat(withErrors.jsonPath().getList("errors")).isNotEmpty();
        assertThat(withErrors.header("Cache-Control")).isEqualTo("private, no-store");

        Response mutation = given().auth().preemptive().basic("editor", GraphQL.EDITOR_PASSWORD)
                .contentType(ContentType.JSON).body(Map.of("query", "mutation { createTag(input: { name: \"NoStore "
                        + unique() + "\" }) { id } }")).post("/graphql");
        assertThat(mutation.header("Cache-Control")).isEqualTo("private, no-store");
    }

    @Test
    void aPersistedQueryIsRegisteredOnceAndThenSentByItsHashAlone() throws Exception {
        String query = "query Newest" + unique().replace("-", "") + " { articles(first: 2) { nodes { slug } } }";
        String hash = sha256(query);
        String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";

        Response unknown = given().queryParam("extensions", extensions).get("/graphql");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.jsonPath().getString("errors[0].message")).isEqualTo("PersistedQueryNotFound");
        assertThat(unknown.jsonPath().getString("errors[0].extensions.code")).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
        assertThat(unknown.header("Cache-Control")).isEqualTo("private, no-store");

        Response registered = given().queryParam("extensions", extensions).queryParam("query", query).get("/graphql");
        assertThat(registered.jsonPath().getList("errors")).isNull();
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select document from persisted_query where hash = ?")) {
            statement.setString(1, hash);
            try (var row = statement.executeQuery()) {
                assertThat(row.next()).as("stored in the database, for every replica").isTrue();
                assertThat(row.getString(1)).isEqualTo(query);
            }
        }

        Response byHash = given().queryParam("extensions", extensions).get("/graphql");
        assertThat(byHash.statusCode()).isEqualTo(200);
        assertThat(byHash.jsonPath().getList("data.articles.nodes")).isEqualTo(
                registered.jsonPath().getList("data.articles.nodes"));
        assertThat(byHash.header("Cache-Control")).startsWith("public");
        assertThat(byHash.header("xkey")).contains("list:articles");

        Response signedInByHash = given().auth().preemptive().basic("editor", GraphQL.EDITOR_PASSWORD)
                .queryParam("extensions", extensions).get("/graphql");
        assertThat(signedInByHash.jsonPath().getList("data.articles.nodes")).isNotNull();
        assertThat(signedInByHash.header("Cache-Control")).isEqualTo("private, no-store");

        Response byPost = given().contentType(ContentType.JSON)
                .body("{\"extensions\":" + extensions + "}").post("/graphql");
        assertThat(byPost.jsonPath().getList("data.articles.nodes")).isNotNull();
    }

    @Test
    void aWrongHashOrAMutationByHashIsRefused() throws Exception {
        String query = "{ articles(first: 1) { nodes { id } } }";
        Response mismatch = given().queryParam("query", query).queryParam("extensions",
                "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + sha256(query + " ") + "\"}}").get("/graphql");
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.jsonPath().getString("errors[0].message")).contains("provided sha does not match query");

        Response malformed = given().queryParam("extensions", "{\"persistedQuery\":{\"version\":2}}").get("/graphql");
        assertThat(malformed.statusCode()).isEqualTo(400);

        String mutation = "mutation { createTag(input: { name: \"ByHash " + unique() + "\" }) { id } }";
        String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + sha256(mutation) + "\"}}";
        given().auth().preemptive().basic("editor", GraphQL.EDITOR_PASSWORD).contentType(ContentType.JSON)
                .body("{\"query\":" + io.vertx.core.json.Json.encode(mutation) + ",\"extensions\":" + extensions + "}")
                .post("/graphql").then().statusCode(200);
        Response mutationByGet = given().auth().preemptive().basic("editor", GraphQL.EDITOR_PASSWORD)
                .queryParam("extensions", extensions).get("/graphql");
        assertThat(mutationByGet.statusCode()).isEqualTo(405);
    }

    private static Response get(String query, Map<String, Object> variables) {
        return given().queryParam("query", query)
                .queryParam("variables", io.vertx.core.json.Json.encode(variables)).get("/graphql");
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String unique() {
        return java.util.UUID.randomUUID().toString().substring(0, 8);
    }
}
