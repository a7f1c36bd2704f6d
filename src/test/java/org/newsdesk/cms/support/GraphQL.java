package org.newsdesk.cms.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Posts {@code {query, variables}} to the real {@code /graphql} endpoint, as a
 * reader (no credentials), an editor, or a signed-in user without the role.
 */
public final class GraphQL {

    public static final String EDITOR_PASSWORD = "editor-test-password";
    public static final String READER_PASSWORD = "reader-test-password";

    private final RequestSpecification auth;

    private GraphQL(RequestSpecification auth) {
        this.auth = auth;
    }

    public static GraphQL anonymous() {
        return new GraphQL(given());
    }

    public static GraphQL editor() {
        return new GraphQL(given().auth().preemptive().basic("editor", EDITOR_PASSWORD));
    }

    /** Signed in, but without the editor role. */
    public static GraphQL reader() {
        return new GraphQL(given().auth().preemptive().basic("reader", READER_PASSWORD));
    }

    /** A contributor: drafts their own articles. */
    public static GraphQL contributor() {
        return new GraphQL(given().auth().preemptive().basic("contributor", "contributor-test-password"));
    }

    /** Another contributor, who must not see the first one's drafts. */
    public static GraphQL freelancer() {
        return new GraphQL(given().auth().preemptive().basic("freelancer", "freelancer-test-password"));
    }

    /** A caller with an OpenID Connect access token. */
    public static GraphQL bearer(String token) {
        return new GraphQL(given().auth().preemptive().oauth2(token));
    }

    /** The HTTP status a request gets, for callers refused at the door (401) before any GraphQL runs. */
    public int status(String query, Map<String, Object> variables) {
        return auth.contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                .post("/graphql").then().extract().statusCode();
    }

    public static GraphQL admin() {
        return new GraphQL(given().auth().preemptive().basic("admin", "admin-test-password"));
    }

    /** The same caller, at another running application (a packaged replica). */
    public GraphQL at(String baseUrl) {
        return new GraphQL(auth.baseUri(baseUrl));
    }

    /** The response body of a request that must answer HTTP 200. */
    public JsonPath post(String query, Map<String, Object> variables) {
        return auth.contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .post("/graphql")
                .then().statusCode(200)
                .extract().jsonPath();
    }

    public JsonPath post(String query) {
        return post(query, Map.of());
    }

    /** {@code data} of a response that must have no errors. */
    public JsonPath data(String query, Map<String, Object> variables) {
        JsonPath response = post(query, variables);
        List<Object> errors = response.getList("errors");
        if (errors != null && !errors.isEmpty()) {
            throw new AssertionError("GraphQL errors: " + errors);
        }
        return response;
    }

    public JsonPath data(String query) {
        return data(query, Map.of());
    }

    /** The first error's {@code extensions.code}. */
    public static String errorCode(JsonPath response) {
        return response.getString("errors[0].extensions.code");
    }
}
