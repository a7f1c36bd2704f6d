package org.newsdesk.cms.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.common.ErrorCode;
import org.newsdesk.cms.support.Articles;
import org.newsdesk.cms.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Hostile requests get a quick, clear answer and change nothing: injection strings
 * in every argument of every query (found by introspection, so new arguments are
 * covered as they appear), oversized bodies, fragment bombs, huge numbers.
 */
@QuarkusTest
class HostileRequestsApiTest {

    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1", "1; DROP TABLE article; --", "%", "_%_", "\\", "\" OR \"\"=\"",
            "') UNION SELECT slug, title FROM article --", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "${jndi:ldap://127.0.0.1/a}", "{{7*7}}", "#{7*7}", "../../../../etc/passwd", "\r\n\r\nX-Injected: 1",
            "\u202Eevil\u200B", "eyJpZCI6MX0=", "-1", "x".repeat(100_000));

    private static final Set<String> ERROR_CODES = Arrays.stream(ErrorCode.values()).map(Enum::name)
            .collect(Collectors.toSet());

    private static final String ARTICLE_COUNT = "{ articles(first: 0) { totalCount } }";

    @Test
    void injectionStringsInEveryQueryArgumentAreHarmless() {
        int articlesBefore = GraphQL.editor().data(ARTICLE_COUNT).getInt("data.articles.totalCount");
        List<ArgumentProbe> probes = ArgumentProbe.forQueryFields();
        assertThat(probes).extracting(ArgumentProbe::describe)
                .contains("article.slug", "article.id", "articles.after", "articles.filter.authorSlug", "source.slug");
        for (ArgumentProbe probe : probes) {
            for (String injection : INJECTIONS) {
                for (GraphQL caller : List.of(GraphQL.anonymous(), GraphQL.editor())) {
                    assertHarmless(probe.describe(), caller.post(probe.query(), Map.of("v", probe.value(injection))));
                }
            }
        }
        assertThat(GraphQL.editor().data(ARTICLE_COUNT).getInt("data.articles.totalCount")).isEqualTo(articlesBefore);
    }

    @Test
    void wildcardsInFiltersMatchNothing() {
        for (String wildcard : List.of("%", "_", "%%", "*")) {
            JsonPath page = GraphQL.editor().data("query($f: ArticleFilter) { articles(filter: $f) { totalCount } }",
                    Map.of("f", Map.of("authorSlug", wildcard)));
            assertThat(page.getInt("data.articles.totalCount")).as(wildcard).isZero();
        }
    }

    @Test
    void injectionStringsAreStoredAsTextAndServedEscaped() {
        for (String injection : INJECTIONS.subList(0, INJECTIONS.size() - 1)) {
            String title = "Hostile title " + injection;
            JsonPath response = Articles.tryCreate(Articles.input(title, "<p>" + injection + "</p>"));
            if (response.get("errors") != null) {
                assertThat(GraphQL.errorCode(response)).as(injection).isEqualTo("VALIDATION");
                assertThat(response.getString("errors[0].extensions.field")).startsWith("input.");
                continue;
            }
            String id = response.getString("data.createArticle.id");
            JsonPath stored = Articles.get(id);
            assertThat(stored.getString("title")).as(injection).isEqualTo(title.strip());
            assertThat(stored.getString("body")).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("onerror");
            GraphQL.editor().data("mutation($id: ID!) { deleteArticle(id: $id) }", Map.of("id", id));
        }
    }

    @Test
    void injectionStringsInMutationIdsAndFileNamesAreRefusedCleanly() {
        for (String injection : INJECTIONS) {
            assertHarmless("deleteArticle.id",
                    GraphQL.editor().post("mutation($v: ID!) { deleteArticle(id: $v) }", Map.of("v", injection)));
            assertHarmless("linkArticles.toId", GraphQL.editor().post(
                    "mutation($v: ID!) { linkArticles(fromId: $v, toId: $v) { __typename } }", Map.of("v", injection)));
            JsonPath imported = GraphQL.editor().post(
                    "mutation($v: String!) { importDocument(filename: $v, content: \"\") { status error } }",
                    Map.of("v", injection));
            assertHarmless("importDocument.filename", imported);
            if (injection.chars().anyMatch(Character::isISOControl)) {
                assertThat(GraphQL.errorCode(imported)).isEqualTo("VALIDATION");
            } else if (imported.get("errors") == null) {
                assertThat(imported.getString("data.importDocument.status")).isEqualTo("FAILED");
                assertThat(imported.getString("data.importDocument.error")).isNotBlank();
            }
        }
    }

    @Test
    void theNulCharacterIsRefusedWherePostgreSqlCouldNotStoreIt() {
        for (String query : List.of("{ source(slug: \"a\\u0000b\") { name } }", "{ source(slug: \"a\u0000b\") { name } }")) {
            given().contentType(ContentType.JSON).body(Map.of("query", query))
                    .post("/graphql").then().statusCode(400)
                    .body("errors[0].message", org.hamcrest.Matchers.containsString("NUL"));
        }
        given().auth().preemptive().basic("editor", GraphQL.EDITOR_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("query", "mutation($input: ArticleInput!) { createArticle(input: $input) { id } }",
                        "variables", Map.of("input", Articles.input("Nul \u0000 title", "<p>x</p>"))))
                .post("/graphql").then().statusCode(400);
    }

    @Test
    void bodiesOverTheCapAreRefusedWith413() {
        String huge = "{\"query\": \"{ __typename }\", \"variables\": {\"x\": \"" + "x".repeat(11 * 1024 * 1024) + "\"}}";
        given().contentType(ContentType.JSON).body(huge).post("/graphql").then().statusCode(413);
        assertHealthy();
    }

    @Test
    void fragmentBombsAreAnsweredOnceAndCyclesRefused() {
        // 2^20 fragment spreads that all select the same field: GraphQL merges them
        // into one field, so the answer is a single list, not a million.
        StringBuilder bomb = new StringBuilder("query { ...F20 } fragment F0 on Query { sources { slug } }");
        for (int i = 1; i <= 20; i++) {
            bomb.append(" fragment F").append(i).append(" on Query { ...F").append(i - 1).append(" ...F").append(i - 1)
                    .append(" }");
        }
        String cycle = "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }";
        // A hang guard, not a speed measurement: a bomb must not occupy the server.
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            JsonPath bombed = GraphQL.anonymous().post(bomb.toString());
            assertThat(bombed.getList("data.sources.slug")).isEqualTo(
                    GraphQL.anonymous().data("{ sources { slug } }").getList("data.sources.slug"));
            JsonPath cycled = GraphQL.anonymous().post(cycle);
            assertThat(cycled.getString("errors[0].message")).containsIgnoringCase("cycle");
        });
        assertHealthy();
    }

    @Test
    void hugeNumbersAreRefusedWithAClearError() {
        assertThat(GraphQL.errorCode(GraphQL.anonymous().post("{ articles(first: 2147483647) { totalCount } }")))
                .isEqualTo("BAD_REQUEST");
        assertThat(GraphQL.anonymous().post("{ articles(first: 99999999999999) { totalCount } }")
                .getString("errors[0].message")).contains("first");
        assertThat(GraphQL.errorCode(GraphQL.anonymous().post("{ articles(first: -1) { totalCount } }")))
                .isEqualTo("BAD_REQUEST");
    }

    private static void assertHarmless(String where, JsonPath response) {
        List<Map<String, Object>> errors = response.getList("errors");
        if (errors == null) {
            return;
        }
        for (Map<String, Object> error : errors) {
            @SuppressWarnings("unchecked")
            Map<String, Object> extensions = (Map<String, Object>) error.getOrDefault("extensions", Map.of());
            boolean coded = ERROR_CODES.contains(String.valueOf(extensions.get("code")));
            boolean invalidRequest = "ValidationError".equals(extensions.get("classification"));
            assertThat(coded || invalidRequest).as(where + ": " + error).isTrue();
            assertThat(String.valueOf(error.get("message"))).as(where)
                    .doesNotContainIgnoringCase("system error").doesNotContainIgnoringCase("sql")
                    .doesNotContain("Exception", "org.");
        }
    }

    private static void assertHealthy() {
        given().get("/q/health/ready").then().statusCode(200);
        GraphQL.anonymous().data("{ sources { slug } }");
    }

    /** One String or ID argument (or such a field of an input argument) of a Query field. */
    record ArgumentProbe(String field, String argument, String inputField, String variableType, boolean objectResult) {

        String describe() {
            return field + "." + argument + (inputField == null ? "" : "." + inputField);
        }

        String query() {
            return "query($v: " + variableType + ") { " + field + "(" + argument + ": $v)"
                    + (objectResult ? " { __typename }" : "") + " }";
        }

        Object value(String injection) {
            return inputField == null ? injection : Map.of(inputField, injection);
        }

        private static final String TYPE_REF = "kind name ofType { kind name ofType { kind name ofType { kind name } } }";

        static List<ArgumentProbe> forQueryFields() {
            JsonPath schema = GraphQL.anonymous().data("{ __schema { queryType { fields { name type { " + TYPE_REF
                    + " } args { name type { " + TYPE_REF + " } } } } types { name kind inputFields { name type { "
                    + TYPE_REF + " } } } } }");
            Map<String, List<Map<String, Object>>> inputTypes = new HashMap<>();
            for (Map<String, Object> type : schema.<Map<String, Object>>getList("data.__schema.types")) {
                if ("INPUT_OBJECT".equals(type.get("kind"))) {
                    inputTypes.put((String) type.get("name"), castList(type.get("inputFields")));
                }
            }
            List<ArgumentProbe> probes = new ArrayList<>();
            for (Map<String, Object> field : schema.<Map<String, Object>>getList("data.__schema.queryType.fields")) {
                String name = (String) field.get("name");
                boolean objectResult = Set.of("OBJECT", "INTERFACE", "UNION").contains(namedKind(field.get("type")));
                List<Map<String, Object>> args = castList(field.get("args"));
                boolean otherRequired = args.stream().filter(arg -> isNonNull(arg.get("type"))).count() > 1;
                if (otherRequired) {
                    throw new AssertionError(name + " has several required arguments: teach this probe to fill them");
                }
                for (Map<String, Object> arg : args) {
                    String typeName = namedType(arg.get("type"));
                    String declared = typeString(arg.get("type"));
                    if (typeName.equals("String") || typeName.equals("ID")) {
                        probes.add(new ArgumentProbe(name, (String) arg.get("name"), null, declared, objectResult));
                    } else if (inputTypes.containsKey(typeName)) {
                        for (Map<String, Object> inputField : inputTypes.get(typeName)) {
                            String inputType = namedType(inputField.get("type"));
                            if (inputType.equals("String") || inputType.equals("ID")) {
                                probes.add(new ArgumentProbe(name, (String) arg.get("name"),
                                        (String) inputField.get("name"), declared, objectResult));
                            }
                        }
                    }
                }
            }
            return probes;
        }

        @SuppressWarnings("unchecked")
        private static List<Map<String, Object>> castList(Object value) {
            return value == null ? List.of() : (List<Map<String, Object>>) value;
        }

        @SuppressWarnings("unchecked")
        private static String namedType(Object typeRef) {
            Map<String, Object> type = (Map<String, Object>) typeRef;
            return type.get("ofType") == null ? (String) type.get("name") : namedType(type.get("ofType"));
        }

        @SuppressWarnings("unchecked")
        private static String namedKind(Object typeRef) {
            Map<String, Object> type = (Map<String, Object>) typeRef;
            return type.get("ofType") == null ? (String) type.get("kind") : namedKind(type.get("ofType"));
        }

        @SuppressWarnings("unchecked")
        private static boolean isNonNull(Object typeRef) {
            return "NON_NULL".equals(((Map<String, Object>) typeRef).get("kind"));
        }

        @SuppressWarnings("unchecked")
        private static String typeString(Object typeRef) {
            Map<String, Object> type = (Map<String, Object>) typeRef;
            return switch ((String) type.get("kind")) {
                case "NON_NULL" -> typeString(type.get("ofType")) + "!";
                case "LIST" -> "[" + typeString(type.get("ofType")) + "]";
                default -> (String) type.get("name");
            };
        }
    }
}
