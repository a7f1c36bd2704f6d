package org.newsdesk.cms.support;

import java.util.HashMap;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** Editors' article mutations through the real /graphql endpoint. */
public final class Articles {

    public static final String FIELDS = "id slug title status version publishedAt scheduledAt body";

    private Articles() {
    }

    public static Map<String, Object> input(String title, String body) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("body", body);
        return input;
    }

    /** Creates an article as the editor; returns it. */
    public static JsonPath create(Map<String, Object> input) {
        return GraphQL.editor().data("mutation($input: ArticleInput!) { createArticle(input: $input) { " + FIELDS + " } }",
                Map.of("input", input)).setRootPath("data.createArticle");
    }

    /** The raw response of createArticle, errors included. */
    public static JsonPath tryCreate(Map<String, Object> input) {
        return GraphQL.editor().post("mutation($input: ArticleInput!) { createArticle(input: $input) { id } }",
                Map.of("input", input));
    }

    public static JsonPath create(String title) {
        return create(input(title, "<p>Body of " + title + ".</p>"));
    }

    public static JsonPath publish(String id) {
        return GraphQL.editor().data("mutation($id: ID!) { publishArticle(id: $id) { " + FIELDS + " } }",
                Map.of("id", id)).setRootPath("data.publishArticle");
    }

    /** The raw response of updateArticle, errors included. */
    public static JsonPath update(String id, int expectedVersion, Map<String, Object> input) {
        return GraphQL.editor().post("mutation($id: ID!, $v: Int!, $input: ArticleInput!) {"
                + " updateArticle(id: $id, expectedVersion: $v, input: $input) { " + FIELDS + " } }",
                Map.of("id", id, "v", expectedVersion, "input", input));
    }

    /** The article as the editor sees it. */
    public static JsonPath get(String id) {
        return GraphQL.editor().data("query($id: ID) { article(id: $id) { " + FIELDS
                + " revisions { number editor title status } } }", Map.of("id", id)).setRootPath("data.article");
    }
}
