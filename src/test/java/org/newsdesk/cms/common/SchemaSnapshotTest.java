package org.newsdesk.cms.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The served schema must equal the reviewed snapshot, so every API change shows
 * in review. After an intended change, refresh the snapshot with
 * {@code ./mvnw test -Dtest=SchemaSnapshotTest -Dschema.update=true} and commit it.
 */
@QuarkusTest
class SchemaSnapshotTest {

    private static final Path SNAPSHOT = Path.of("src/test/resources/schema.graphql");

    @Test
    void servedSchemaMatchesTheSnapshot() throws IOException {
        String served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(SNAPSHOT, served, StandardCharsets.UTF_8);
        }
        assertThat(served).as("schema served at /graphql/schema.graphql; see the class comment to update the snapshot")
                .isEqualTo(Files.readString(SNAPSHOT, StandardCharsets.UTF_8));
    }

    @Test
    void contractNamesArePresent() {
        String served = given().get("/graphql/schema.graphql").then().extract().asString();
        assertThat(served).contains(
                "article(", "articles(", "author(", "authors(", "source(", "sources:", "importRuns(",
                "importDocument(", "runImport:", "type ArticleConnection", "type ArticleEdge", "type PageInfo",
                "type RelatedLink", "type ImportRun", "type ImportItem", "enum ArticleOrder", "input ArticleFilter",
                "searchArticles(", "suggestedRelated(", "type ArticleSearchConnection", "type ArticleSearchEdge",
                "ninjs: String!");
    }
}
