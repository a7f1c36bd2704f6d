package org.newsdesk.cms.search;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.newsdesk.cms.support.Articles;
import org.newsdesk.cms.support.GraphQL;

import io.restassured.path.json.JsonPath;

/** Searches and search-ready articles through the real /graphql endpoint. */
final class SearchSupport {

    static final String SEARCH = """
            query($q: String!, $first: Int, $after: String) {
              searchArticles(query: $q, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage endCursor }
                edges { cursor score snippet node { id title status } }
              }
            }""";

    private SearchSupport() {
    }

    /**
     * A made-up word no other test uses, of letters only: tests share one database, so
     * counts of matches are exact only for words of their own (and digits would make
     * some text-search parsers read a number).
     */
    static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (char hex : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append((char) ('a' + Character.digit(hex, 16)));
        }
        return word.toString();
    }

    /** The raw response, errors included. */
    static JsonPath post(GraphQL caller, String query, Integer first, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("q", query);
        variables.put("first", first);
        variables.put("after", after);
        return caller.post(SEARCH, variables);
    }

    /** {@code searchArticles} of a search that must succeed. */
    static JsonPath search(GraphQL caller, String query, Integer first, String after) {
        JsonPath response = post(caller, query, first, after);
        if (response.getList("errors") != null) {
            throw new AssertionError("GraphQL errors: " + response.getList("errors"));
        }
        return response.setRootPath("data.searchArticles");
    }

    static JsonPath search(GraphQL caller, String query) {
        return search(caller, query, 20, null);
    }

    /** A new published article; returns its id. */
    static String published(String title, String bodyHtml) {
        return Articles.publish(draft(title, bodyHtml)).getString("id");
    }

    /** A new draft; returns its id. */
    static String draft(String title, String bodyHtml) {
        return Articles.create(Articles.input(title, bodyHtml)).getString("id");
    }
}
