package org.newsdesk.cms.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.PackagedApp;

import io.restassured.http.ContentType;

/**
 * Production has no account until one is configured. On Kubernetes editors come
 * from a Secret as QUARKUS_SECURITY_USERS_EMBEDDED_* environment variables
 * (k8s/base/secret-editors.template.yaml): the packaged application accepts them.
 */
class EditorAccountFromEnvironmentIT {

    private static final String MUTATION = "{\"query\":\"mutation { runImport { id } }\"}";

    @Test
    void editorFromEnvironmentMayImportAndNoOneElseMay() throws Exception {
        Map<String, String> secret = Map.of(
                "QUARKUS_SECURITY_USERS_EMBEDDED_USERS_ALICE", "a-long-test-password",
                "QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_ALICE", "editor");
        try (PackagedApp app = PackagedApp.start(secret)) {
            given().baseUri(app.baseUrl()).auth().preemptive().basic("alice", "a-long-test-password")
                    .contentType(ContentType.JSON).body(MUTATION).post("/graphql")
                    .then().statusCode(200).body("errors", org.hamcrest.Matchers.nullValue());
            given().baseUri(app.baseUrl()).auth().preemptive().basic("alice", "wrong")
                    .contentType(ContentType.JSON).body(MUTATION).post("/graphql")
                    .then().statusCode(401);
            given().baseUri(app.baseUrl()).contentType(ContentType.JSON).body(MUTATION).post("/graphql")
                    .then().statusCode(200).body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
        }
    }

    @Test
    void withoutConfiguredAccountsNobodyCanSignIn() throws Exception {
        try (PackagedApp app = PackagedApp.start(Map.of())) {
            for (String[] guess : new String[][] {{"editor", "editor"}, {"admin", "admin"}, {"sa", ""}}) {
                given().baseUri(app.baseUrl()).auth().preemptive().basic(guess[0], guess[1])
                        .contentType(ContentType.JSON).body(MUTATION).post("/graphql")
                        .then().statusCode(401);
            }
        }
    }
}
