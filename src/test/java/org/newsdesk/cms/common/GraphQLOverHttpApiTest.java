package org.newsdesk.cms.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The parts of the GraphQL-over-HTTP specification this API follows so far. */
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
}
