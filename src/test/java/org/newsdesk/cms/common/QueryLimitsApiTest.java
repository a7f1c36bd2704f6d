package org.newsdesk.cms.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Depth and complexity are capped with clear errors; the playground's introspection still works. */
@QuarkusTest
class QueryLimitsApiTest {

    /** The introspection query GraphiQL (the playground) sends, as graphql-js writes it. */
    static final String PLAYGROUND_INTROSPECTION = """
            query IntrospectionQuery {
              __schema {
                queryType { name } mutationType { name } subscriptionType { name }
                types { ...FullType }
                directives { name description locations args { ...InputValue } }
              }
            }
            fragment FullType on __Type {
              kind name description
              fields(includeDeprecated: true) {
                name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason
              }
              inputFields { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }
            fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
            fragment TypeRef on __Type {
              kind name
              ofType { kind name ofType { kind name ofType { kind name ofType { kind name
                ofType { kind name ofType { kind name ofType { kind name } } } } } } }
            }""";

    @Test
    void playgroundIntrospectionIsAnswered() {
        JsonPath schema = GraphQL.anonymous().data(PLAYGROUND_INTROSPECTION);
        assertThat(schema.getList("data.__schema.types.name")).contains("Article", "Mutation");
    }

    @Test
    void tooDeepAQueryIsRefusedWithAClearError() {
        String deep = "{ articles { nodes { " + "related { article { ".repeat(8) + "title" + " } }".repeat(8) + " } } }";
        JsonPath response = GraphQL.anonymous().post(deep);
        assertThat(response.getString("data")).isNull();
        assertThat(response.getString("errors[0].message")).containsIgnoringCase("depth");
    }

    @Test
    void aliasBombIsRefusedWithAClearError() {
        assertRefusedForComplexity(aliased(200, "articles(first: 100) { nodes { title body } }"));
    }

    /** Only fields the anonymous read plans answer: the limits hold there as in the engine. */
    @Test
    void aliasBombOfPlannedListsIsRefusedToo() {
        assertRefusedForComplexity(aliased(200, "articles(first: 100) { nodes { id title } }"));
    }

    @Test
    void plannedListsWithinTheLimitsAreAnswered() {
        JsonPath response = GraphQL.anonymous().post(aliased(20, "articles(first: 2) { nodes { id title } }"));
        assertThat(response.getList("errors")).isNull();
        assertThat(response.getList("data.a19.nodes")).isNotNull();
    }

    /** A query asking for {@code field} under {@code count} aliases: a0, a1, … */
    private static String aliased(int count, String field) {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            query.append(" a").append(i).append(": ").append(field);
        }
        return query.append(" }").toString();
    }

    private static void assertRefusedForComplexity(String query) {
        JsonPath response = GraphQL.anonymous().post(query);
        assertThat(response.getString("data")).isNull();
        assertThat(response.getString("errors[0].message")).containsIgnoringCase("complexity");
    }
}
