package org.newsdesk.cms.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.cms.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Who may call what, and how refusals and malformed requests are answered. */
@QuarkusTest
class AccessApiTest {

    /** One harmless call per mutation; the test below fails when a mutation is missing here. */
    static final Map<String, String> MUTATIONS = Map.ofEntries(
            Map.entry("importDocument", "mutation { importDocument(filename: \"x.md\", content: \"# X\") { status } }"),
            Map.entry("runImport", "mutation { runImport { id } }"),
            Map.entry("createArticle", "mutation { createArticle(input: {title: \"T\", body: \"B\"}) { id } }"),
            Map.entry("updateArticle",
                    "mutation { updateArticle(id: \"0\", expectedVersion: 0, input: {title: \"T\", body: \"B\"}) { id } }"),
            Map.entry("submitForReview", "mutation { submitForReview(id: \"0\") { id } }"),
            Map.entry("returnToContributor", "mutation { returnToContributor(id: \"0\", note: \"n\") { id } }"),
            Map.entry("redeliver", "mutation { redeliver(id: \"0\") { id } }"),
            Map.entry("publishArticle", "mutation { publishArticle(id: \"0\") { id } }"),
            Map.entry("unpublishArticle", "mutation { unpublishArticle(id: \"0\") { id } }"),
            Map.entry("archiveArticle", "mutation { archiveArticle(id: \"0\") { id } }"),
            Map.entry("deleteArticle", "mutation { deleteArticle(id: \"0\") }"),
            Map.entry("restoreRevision", "mutation { restoreRevision(id: \"0\", number: 1) { id } }"),
            Map.entry("linkArticles", "mutation { linkArticles(fromId: \"0\", toId: \"1\") { title } }"),
            Map.entry("unlinkArticles", "mutation { unlinkArticles(fromId: \"0\", toId: \"1\") }"),
            Map.entry("createAuthor", "mutation { createAuthor(input: {name: \"N\"}) { id } }"),
            Map.entry("updateAuthor", "mutation { updateAuthor(id: \"0\", input: {name: \"N\"}) { id } }"),
            Map.entry("createSource", "mutation { createSource(input: {name: \"N\", domain: \"n.example\"}) { id } }"),
            Map.entry("updateSource", "mutation { updateSource(id: \"0\", input: {name: \"N\", domain: \"n.example\"}) { id } }"),
            Map.entry("createSection", "mutation { createSection(input: {name: \"N\"}) { id } }"),
            Map.entry("updateSection", "mutation { updateSection(id: \"0\", input: {name: \"N\"}) { id } }"),
            Map.entry("deleteSection", "mutation { deleteSection(id: \"0\") }"),
            Map.entry("createTag", "mutation { createTag(input: {name: \"N\"}) { id } }"),
            Map.entry("updateTag", "mutation { updateTag(id: \"0\", input: {name: \"N\"}) { id } }"),
            Map.entry("mergeTags", "mutation { mergeTags(fromId: \"0\", intoId: \"1\") { id } }"),
            Map.entry("deleteTag", "mutation { deleteTag(id: \"0\") }"),
            Map.entry("setArticleSection", "mutation { setArticleSection(id: \"0\") { id } }"),
            Map.entry("setArticleTags", "mutation { setArticleTags(id: \"0\", tagIds: []) { id } }"));

    static Iterable<String> mutations() {
        return MUTATIONS.values();
    }

    @Test
    void everyMutationOfTheSchemaIsCoveredHere() {
        JsonPath schema = GraphQL.anonymous().data("{ __schema { mutationType { fields { name } } } }");
        assertThat(schema.getList("data.__schema.mutationType.fields.name", String.class))
                .containsExactlyInAnyOrderElementsOf(MUTATIONS.keySet());
    }

    @ParameterizedTest
    @MethodSource("mutations")
    void anonymousMutationIsUnauthorized(String mutation) {
        JsonPath response = GraphQL.anonymous().post(mutation);
        assertThat(GraphQL.errorCode(response)).isEqualTo("UNAUTHORIZED");
        assertThat(response.getString("errors[0].message")).contains("editor");
    }

    @ParameterizedTest
    @MethodSource("mutations")
    void mutationWithoutEditorRoleIsForbidden(String mutation) {
        assertThat(GraphQL.errorCode(GraphQL.reader().post(mutation))).isEqualTo("FORBIDDEN");
    }

    @Test
    void refusedImportStoresNothing() {
        int before = GraphQL.editor().data("{ importRuns(first: 100) { id } }").getList("data.importRuns").size();
        GraphQL.anonymous().post(MUTATIONS.get("importDocument"));
        assertThat(GraphQL.editor().data("{ importRuns(first: 100) { id } }").getList("data.importRuns")).hasSize(before);
    }

    @Test
    void wrongPasswordIsRefusedAtTheDoor() {
        given().auth().preemptive().basic("editor", "wrong").contentType(ContentType.JSON)
                .body(Map.of("query", "{ sources { slug } }"))
                .post("/graphql").then().statusCode(401);
    }

    @Test
    void errorsCarryNoJavaInternals() {
        JsonPath response = GraphQL.anonymous().post(MUTATIONS.get("runImport"));
        assertThat(response.getMap("errors[0].extensions")).doesNotContainKey("exception");
        assertThat(response.prettify()).doesNotContain("org.newsdesk", "io.quarkus", "java.lang", "\tat ");
    }

    @Test
    void variablesThatAreNotAnObjectAnswer400() {
        given().contentType(ContentType.JSON)
                .body("{\"query\":\"{ sources { slug } }\",\"variables\":\"oops\"}")
                .post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BAD_REQUEST"));
    }

    @Test
    void playgroundIsServed() {
        given().get("/q/graphql-ui/").then().statusCode(200);
    }
}
