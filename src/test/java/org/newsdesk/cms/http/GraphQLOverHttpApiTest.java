package org.newsdesk.cms.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * GraphQL over HTTP as the specification has it: media types, methods, and the
 * status codes for requests that are not well-formed (400 always) and for request
 * errors (400 with application/graphql-response+json, 200 with legacy application/json).
 */
@QuarkusTest
class GraphQLOverHttpApiTest {

    @Test
    void queriesMayUseGet() {
        given().queryParam("query", "{ sources { name } }")
                .get("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.sources.name", org.hamcrest.Matchers.hasItem("The Moscow Times"));
    }

    @Test
    void mutationsNeverUseGet() {
        given().auth().preemptive().basic("editor", org.newsdesk.cms.support.GraphQL.EDITOR_PASSWORD)
                .queryParam("query", "mutation { runImport { id } }")
                .get("/graphql")
                .then().statusCode(405)
                .header("Allow", "POST");
        given().queryParam("query", "query A { __typename } mutation B { runImport { id } }").queryParam("operationName", "B")
                .get("/graphql")
                .then().statusCode(405);
    }

    @Test
    void graphqlResponseMediaTypeIsServedWhenAskedFor() {
        given().accept("application/graphql-response+json").contentType("application/json")
                .body("{\"query\":\"{ __typename }\"}")
                .post("/graphql")
                .then().statusCode(200)
                .contentType(startsWith("application/graphql-response+json"))
                .body("data.__typename", equalTo("Query"));
    }

    @Test
    void unsupportedContentTypeIsRefusedWith415() {
        given().contentType("text/plain").body("{ __typename }")
                .post("/graphql")
                .then().statusCode(415)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().contentType("application/x-www-form-urlencoded").body("query=%7B__typename%7D")
                .post("/graphql")
                .then().statusCode(415);
    }

    @Test
    void jsonWithParametersOrARepeatedHeaderIsAccepted() {
        for (String type : new String[] {"application/json; charset=UTF-8", "application/json, application/json"}) {
            given().header("Content-Type", type).body("{\"query\":\"{ __typename }\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .post("/graphql")
                    .then().statusCode(200)
                    .body("data.__typename", equalTo("Query"));
        }
    }

    @Test
    void graphqlDocumentBodyIsAccepted() {
        given().contentType("application/graphql").body("{ __typename }".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/graphql")
                .then().statusCode(200)
                .body("data.__typename", equalTo("Query"));
    }

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`{\"query\": \"{ __typename }\"` | not valid JSON",
            "`` | The request body is empty",
            "[1, 2] | must be a JSON object",
            "`\"{ __typename }\"` | must be a JSON object",
            "{} | 'query' must be a string",
            "`{\"query\": 5}` | 'query' must be a string",
            "`{\"query\": \"  \"}` | 'query' must be a string",
            "`{\"query\": \"{ __typename }\", \"operationName\": 7}` | 'operationName' must be a string",
            "`{\"query\": \"{ __typename }\", \"variables\": [1]}` | 'variables' must be a JSON object"})
    void requestsThatAreNotWellFormedAnswer400WithTheReason(String body, String reason) {
        for (String accept : new String[] {"application/json", GRAPHQL_RESPONSE}) {
            given().accept(accept).contentType("application/json").body(body)
                    .post("/graphql")
                    .then().statusCode(400)
                    .contentType(startsWith(accept))
                    .body("errors[0].message", containsString(reason))
                    .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                    .body("data", nullValue());
        }
    }

    @Test
    void getRequestsThatAreNotWellFormedAnswer400() {
        given().get("/graphql").then().statusCode(400)
                .body("errors[0].message", containsString("'query' must be a string"));
        given().queryParam("query", "{ __typename }").queryParam("variables", "not json")
                .get("/graphql").then().statusCode(400)
                .body("errors[0].message", containsString("'variables' must be a JSON object"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "syntax error | `{\"query\": \"{ articles { \"}`",
            "unknown field | `{\"query\": \"{ noSuchField }\"}`",
            "operation not chosen | `{\"query\": \"query A { __typename } query B { __typename }\"}`",
            "unknown operation | `{\"query\": \"query A { __typename }\", \"operationName\": \"B\"}`",
            "variable of the wrong type | `{\"query\": \"query($n: Int) { articles(first: $n) { totalCount } }\", \"variables\": {\"n\": \"ten\"}}`",
            "missing required variable | `{\"query\": \"query($s: String!) { source(slug: $s) { name } }\"}`"})
    void requestErrorsAnswer400WithGraphQLResponseJson(String problem, String body) {
        given().accept(GRAPHQL_RESPONSE).contentType("application/json").body(body)
                .post("/graphql")
                .then().statusCode(400)
                .contentType(startsWith(GRAPHQL_RESPONSE))
                .body("errors[0].message", not(emptyOrNullString()))
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("$", not(hasKey("data")));
    }

    @Test
    void requestErrorsKeepStatus200WithLegacyJson() {
        given().accept("application/json").contentType("application/json").body("{\"query\": \"{ noSuchField }\"}")
                .post("/graphql")
                .then().statusCode(200)
                .body("errors[0].message", containsString("noSuchField"))
                .body("$", not(hasKey("data")));
    }

    @Test
    void fieldErrorsAnswer200WithDataEvenWithGraphQLResponseJson() {
        given().accept(GRAPHQL_RESPONSE).contentType("application/json")
                .body("{\"query\": \"{ articles(first: 1000) { totalCount } }\"}")
                .post("/graphql")
                .then().statusCode(200)
                .body("$", hasKey("data"))
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void theClientsPreferenceDecidesTheMediaType() {
        given().header("Accept", "application/json;q=0.5, application/graphql-response+json")
                .contentType("application/json").body("{\"query\": \"{ noSuchField }\"}")
                .post("/graphql")
                .then().statusCode(400).contentType(startsWith(GRAPHQL_RESPONSE));
        given().header("Accept", "application/graphql-response+json;q=0.5, application/json")
                .contentType("application/json").body("{\"query\": \"{ noSuchField }\"}")
                .post("/graphql")
                .then().statusCode(200).contentType(startsWith("application/json"));
    }

    @Test
    void mediaTypesTheServerCannotProduceAnswer406() {
        given().accept("text/html").contentType("application/json").body("{\"query\": \"{ __typename }\"}")
                .post("/graphql")
                .then().statusCode(406);
    }
}
