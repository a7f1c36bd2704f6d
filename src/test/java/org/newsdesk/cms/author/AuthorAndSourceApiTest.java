package org.newsdesk.cms.author;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.support.Documents.unique;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Editors' author and source mutations. */
@QuarkusTest
class AuthorAndSourceApiTest {

    private static final String CREATE_AUTHOR = "mutation($in: AuthorInput!) { createAuthor(input: $in) { id slug name kind } }";
    private static final String UPDATE_AUTHOR =
            "mutation($id: ID!, $in: AuthorInput!) { updateAuthor(id: $id, input: $in) { id slug name kind } }";
    private static final String CREATE_SOURCE = "mutation($in: SourceInput!) { createSource(input: $in) { id slug name domain url } }";
    private static final String UPDATE_SOURCE =
            "mutation($id: ID!, $in: SourceInput!) { updateSource(id: $id, input: $in) { id slug name domain url } }";

    @Test
    void authorIsCreatedAndUpdatedWithAStableSlug() {
        String name = "Olena Kovalenko " + unique();
        JsonPath created = GraphQL.editor().data(CREATE_AUTHOR, Map.of("in", Map.of("name", name))).setRootPath("data.createAuthor");
        assertThat(created.getString("kind")).isEqualTo("PERSON");
        assertThat(created.getString("slug")).startsWith("olena-kovalenko-");

        JsonPath updated = GraphQL.editor().data(UPDATE_AUTHOR, Map.of("id", created.getString("id"),
                "in", Map.of("name", "Kyiv Bureau", "kind", "AGENCY"))).setRootPath("data.updateAuthor");
        assertThat(updated.getString("name")).isEqualTo("Kyiv Bureau");
        assertThat(updated.getString("kind")).isEqualTo("AGENCY");
        assertThat(updated.getString("slug")).isEqualTo(created.getString("slug"));
    }

    @Test
    void authorValidation() {
        JsonPath blank = GraphQL.editor().post(CREATE_AUTHOR, Map.of("in", Map.of("name", " ")));
        assertThat(GraphQL.errorCode(blank)).isEqualTo("VALIDATION");
        assertThat(blank.getString("errors[0].extensions.field")).isEqualTo("input.name");

        String slug = GraphQL.editor().data(CREATE_AUTHOR, Map.of("in", Map.of("name", "Taken " + unique())))
                .getString("data.createAuthor.slug");
        JsonPath taken = GraphQL.editor().post(CREATE_AUTHOR, Map.of("in", Map.of("name", "Other", "slug", slug)));
        assertThat(taken.getString("errors[0].extensions.field")).isEqualTo("input.slug");
        assertThat(GraphQL.errorCode(GraphQL.editor().post(UPDATE_AUTHOR, Map.of("id", "999999999", "in", Map.of("name", "x")))))
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void sourceIsCreatedAndUpdated() {
        String word = unique();
        JsonPath created = GraphQL.editor().data(CREATE_SOURCE, Map.of("in", Map.of("name", "Harbour Herald " + word,
                "domain", "Harbour-" + word + ".example"))).setRootPath("data.createSource");
        assertThat(created.getString("domain")).isEqualTo("harbour-" + word + ".example");
        assertThat(created.getString("slug")).startsWith("harbour-herald-");

        JsonPath updated = GraphQL.editor().data(UPDATE_SOURCE, Map.of("id", created.getString("id"), "in", Map.of(
                "name", "The Harbour Herald", "domain", "harbour-" + word + ".example", "url", "https://harbour.example/")))
                .setRootPath("data.updateSource");
        assertThat(updated.getString("name")).isEqualTo("The Harbour Herald");
        assertThat(updated.getString("url")).isEqualTo("https://harbour.example/");
    }

    @Test
    void sourceValidation() {
        JsonPath badDomain = GraphQL.editor().post(CREATE_SOURCE, Map.of("in", Map.of("name", "Bad", "domain", "not a domain")));
        assertThat(badDomain.getString("errors[0].extensions.field")).isEqualTo("input.domain");
        JsonPath takenDomain = GraphQL.editor().post(CREATE_SOURCE,
                Map.of("in", Map.of("name", "Copycat Times", "domain", "themoscowtimes.com")));
        assertThat(GraphQL.errorCode(takenDomain)).isEqualTo("VALIDATION");
        assertThat(takenDomain.getString("errors[0].extensions.field")).isEqualTo("input.domain");
        JsonPath badUrl = GraphQL.editor().post(CREATE_SOURCE,
                Map.of("in", Map.of("name", "Bad Url", "domain", "bad-url-" + unique() + ".example", "url", "javascript:x")));
        assertThat(badUrl.getString("errors[0].extensions.field")).isEqualTo("input.url");
    }
}
