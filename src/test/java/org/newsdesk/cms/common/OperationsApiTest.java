package org.newsdesk.cms.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.support.Documents.markdown;
import static org.newsdesk.cms.support.Documents.unique;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.Imports;

import io.quarkus.test.junit.QuarkusTest;

/** What operators watch: health checks and Prometheus metrics. */
@QuarkusTest
class OperationsApiTest {

    @Test
    void readinessChecksTheDatabase() {
        String health = given().get("/q/health/ready").then().statusCode(200).extract().asString();
        assertThat(health).contains("\"status\": \"UP\"").contains("Database connections health check");
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/started").then().statusCode(200); // the Kubernetes startup probe
    }

    @Test
    void metricsCountImportsAndTimeGraphQLOperations() {
        Imports.importDocument("metrics.md", markdown("Metrics Story " + unique()).build());
        Imports.importDocument("metrics-bad.md", "");
        GraphQL.anonymous().data("{ sources { slug } }");

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics).containsPattern("cms_import_documents_total\\{.*status=\"CREATED\".*} [1-9]")
                .containsPattern("cms_import_documents_total\\{.*status=\"FAILED\".*} [1-9]")
                .contains("mp_graphql");
    }
}
