package org.newsdesk.cms.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.VarnishServer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.json.Json;

/**
 * Through a real Varnish running the shipped VCL: article pages are served from the
 * cache; a correction and an unpublication reach readers within a second, because the
 * application purges exactly the answers the change affects; an unrelated article
 * stays cached.
 */
@QuarkusTest
@WithTestResource(VarnishServer.class)
class VarnishPurgeApiTest {

    private static final String ARTICLE = "query($slug: String) { article(slug: $slug) { title } }";

    @Test
    void aCorrectionAndAnUnpublicationAreSeenWithinASecondAndNothingElseIsPurged() throws Exception {
        String[] edited = published("Bridge closed " + unique());
        String[] unrelated = published("Ferry on time " + unique());
        awaitPurges(); // the purges for creating and publishing them go out asynchronously

        Response first = throughVarnish(edited[1]);
        assertThat(first.jsonPath().getString("data.article.title")).startsWith("Bridge closed");
        assertThat(hit(first)).isFalse();
        Response second = throughVarnish(edited[1]);
        assertThat(hit(second)).as("served by the cache").isTrue();
        assertThat(second.header("xkey")).as("the keys stay in the cache").isNull();
        throughVarnish(unrelated[1]);
        assertThat(hit(throughVarnish(unrelated[1]))).isTrue();

        GraphQL.editor().data("mutation($id: ID!, $in: ArticleInput!) { updateArticle(id: $id, expectedVersion: 1,"
                + " input: $in) { version } }", Map.of("id", edited[0], "in", Map.of("title", "Bridge reopened",
                        "body", "<p>Corrected.</p>")));
        Instant corrected = Instant.now();
        awaitWithinASecond(corrected, () -> "Bridge reopened".equals(
                throughVarnish(edited[1]).jsonPath().getString("data.article.title")));

        awaitPurges();
        assertThat(hit(throughVarnish(unrelated[1]))).as("an unrelated article stays cached").isTrue();

        GraphQL.editor().data("mutation($id: ID!) { unpublishArticle(id: $id) { status } }", Map.of("id", edited[0]));
        Instant unpublished = Instant.now();
        awaitWithinASecond(unpublished, () -> throughVarnish(edited[1]).jsonPath().get("data.article") == null);
    }

    /**
     * An author's page lists their articles and shows their name: a new article by them
     * and a rename are both seen through the cache within a second; so is the rename in
     * the directory of authors with their counts.
     */
    @Test
    void anAuthorsPageShowsTheirNewArticleAndTheirNewNameWithinASecond() throws Exception {
        var author = GraphQL.editor().data("mutation($name: String!) { createAuthor(input: { name: $name }) { id slug } }",
                Map.of("name", "Paged Writer " + unique())).setRootPath("data.createAuthor");
        String page = "query($slug: String!) { author(slug: $slug) { name articleCount articles(first: 5) { nodes { title } } } }";
        Map<String, Object> bySlug = Map.of("slug", author.getString("slug"));
        String directory = "{ authors(first: 100) { nodes { id name articleCount } } }";
        awaitPurges();
        throughVarnish(page, bySlug);
        assertThat(hit(throughVarnish(page, bySlug))).as("served by the cache").isTrue();
        throughVarnish(directory, Map.of());
        assertThat(hit(throughVarnish(directory, Map.of()))).isTrue();

        String id = GraphQL.editor().data("mutation($in: ArticleInput!) { createArticle(input: $in) { id } }",
                Map.of("in", Map.of("title", "Paged story " + unique(), "body", "<p>Text.</p>",
                        "authorIds", java.util.List.of(author.getString("id"))))).getString("data.createArticle.id");
        GraphQL.editor().data("mutation($id: ID!) { publishArticle(id: $id) { id } }", Map.of("id", id));
        Instant published = Instant.now();
        awaitWithinASecond(published, () -> throughVarnish(page, bySlug).jsonPath()
                .getInt("data.author.articleCount") == 1);
        assertThat(throughVarnish(page, bySlug).jsonPath().getString("data.author.articles.nodes[0].title"))
                .startsWith("Paged story");

        throughVarnish(directory, Map.of());
        assertThat(hit(throughVarnish(directory, Map.of()))).isTrue();
        String newName = "0 Renamed " + unique(); // first by name: in the directory's first page
        GraphQL.editor().data("mutation($id: ID!, $in: AuthorInput!) { updateAuthor(id: $id, input: $in) { id } }",
                Map.of("id", author.getString("id"), "in", Map.of("name", newName)));
        Instant renamed = Instant.now();
        awaitWithinASecond(renamed, () -> newName.equals(
                throughVarnish(page, bySlug).jsonPath().getString("data.author.name")));
        awaitWithinASecond(renamed, () -> throughVarnish(directory, Map.of()).jsonPath()
                .getList("data.authors.nodes.name", String.class).contains(newName));
    }

    @Test
    void signedInRequestsAndPostsPassThrough() {
        Response signedIn = given().baseUri(VarnishServer.url()).auth().preemptive()
                .basic("editor", GraphQL.EDITOR_PASSWORD).queryParam("query", "{ articles(first: 1) { nodes { id } } }")
                .get("/graphql");
        Response again = given().baseUri(VarnishServer.url()).auth().preemptive()
                .basic("editor", GraphQL.EDITOR_PASSWORD).queryParam("query", "{ articles(first: 1) { nodes { id } } }")
                .get("/graphql");
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(hit(again)).isFalse();
    }

    /** Until no purge is pending: what is cached from now on stays until a later change. */
    private static void awaitPurges() throws Exception {
        Instant deadline = Instant.now().plusSeconds(10);
        while (GraphQL.editor().data("{ deliveries(first: 100, status: PENDING) { nodes { subscriber } } }")
                .getList("data.deliveries.nodes.subscriber", String.class).stream()
                .anyMatch(subscriber -> subscriber.startsWith("PURGE "))) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(20);
        }
    }

    /** [id, slug] of a new published article. */
    private static String[] published(String title) {
        String id = GraphQL.editor().data("mutation($in: ArticleInput!) { createArticle(input: $in) { id } }",
                Map.of("in", Map.of("title", title, "body", "<p>Text.</p>"))).getString("data.createArticle.id");
        String slug = GraphQL.editor().data("mutation($id: ID!) { publishArticle(id: $id) { slug } }",
                Map.of("id", id)).getString("data.publishArticle.slug");
        return new String[] { id, slug };
    }

    private static Response throughVarnish(String slug) {
        return throughVarnish(ARTICLE, Map.of("slug", slug));
    }

    private static Response throughVarnish(String query, Map<String, Object> variables) {
        return given().baseUri(VarnishServer.url()).queryParam("query", query)
                .queryParam("variables", Json.encode(variables)).get("/graphql");
    }

    /** Varnish's X-Varnish header names two transactions on a hit: this one and the one that filled the cache. */
    private static boolean hit(Response response) {
        return response.header("X-Varnish") != null && response.header("X-Varnish").trim().split(" ").length == 2;
    }

    private static void awaitWithinASecond(Instant since, java.util.function.BooleanSupplier seen) throws Exception {
        while (!seen.getAsBoolean()) {
            assertThat(Duration.between(since, Instant.now())).as("seen through the cache within 1 s")
                    .isLessThan(Duration.ofSeconds(1));
            Thread.sleep(20);
        }
    }

    private static String unique() {
        return java.util.UUID.randomUUID().toString().substring(0, 8);
    }
}
