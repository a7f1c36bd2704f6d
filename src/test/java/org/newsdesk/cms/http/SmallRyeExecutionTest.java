package org.newsdesk.cms.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.Articles;
import org.newsdesk.cms.support.Documents;
import org.newsdesk.cms.support.GraphQL;

import io.quarkus.arc.Arc;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Pins what {@link SmallRyeExecution} relies on of SmallRye GraphQL's internals: run
 * through it, a request gets the answer SmallRye's own endpoint gives, for the same
 * caller, and leaves no request context behind. A SmallRye upgrade that changes the
 * execution metadata or the per-thread context fails here first.
 */
@QuarkusTest
class SmallRyeExecutionTest {

    /** Editor-only fields and a draft: the answer depends on who asks. */
    private static final String DRAFT = """
            query($id: ID) { article(id: $id) { title status revisions { number editor title } } }""";

    @Inject
    SmallRyeExecution execution;

    @Test
    void answersAsTheEndpointDoesForTheSameEditor() {
        String id = Articles.create("Executed directly " + Documents.unique()).getString("id");
        JsonPath endpoint = GraphQL.editor().data(DRAFT, Map.of("id", id));

        SmallRyeExecution.Answer answer = execution.execute(request(DRAFT, Map.of("id", id)), editor(), null);

        assertThat(answer.hasErrors()).isFalse();
        assertThat(JsonPath.from(answer.json()).prettify()).isEqualTo(endpoint.prettify());
        assertThat(JsonPath.from(answer.json()).getString("data.article.revisions[0].editor")).isEqualTo("editor");
    }

    @Test
    void runsAsTheCallerItIsGiven() {
        String id = Articles.create("Hidden draft " + Documents.unique()).getString("id");

        SmallRyeExecution.Answer anonymous = execution.execute(request(DRAFT, Map.of("id", id)),
                QuarkusSecurityIdentity.builder().setAnonymous(true).build(), null);

        assertThat(JsonPath.from(anonymous.json()).getMap("data")).containsEntry("article", null);
    }

    @Test
    void reportsErrorsAsTheEndpointDoes() {
        String broken = "{ article(slug: 1, id: 2) { title } }";
        JsonPath endpoint = GraphQL.editor().post(broken);

        SmallRyeExecution.Answer answer = execution.execute(request(broken, null), editor(), null);

        assertThat(answer.hasErrors()).isTrue();
        assertThat(JsonPath.from(answer.json()).prettify()).isEqualTo(endpoint.prettify());
    }

    @Test
    void leavesNoRequestContextActive() {
        execution.execute(request("{ sources { name } }", null), editor(), null);

        assertThat(Arc.container().requestContext().isActive()).isFalse();
    }

    private static GraphQLHttpRequest request(String query, Map<String, Object> variables) {
        return new GraphQLHttpRequest(query, null, variables);
    }

    private static QuarkusSecurityIdentity editor() {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("editor")).addRole("editor").build();
    }
}
