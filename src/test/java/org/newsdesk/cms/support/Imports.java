package org.newsdesk.cms.support;

import java.util.Map;

import io.restassured.path.json.JsonPath;

/** Sends documents through the real {@code importDocument} mutation, as an editor. */
public final class Imports {

    private static final String IMPORT_DOCUMENT = """
            mutation($filename: String!, $content: String!) {
              importDocument(filename: $filename, content: $content) {
                file status error article { id slug title version }
              }
            }""";

    private Imports() {
    }

    /** The resulting ImportItem. */
    public static JsonPath importDocument(String filename, String content) {
        return GraphQL.editor()
                .data(IMPORT_DOCUMENT, Map.of("filename", filename, "content", content))
                .setRootPath("data.importDocument");
    }
}
