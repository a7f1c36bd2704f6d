package org.newsdesk.cms.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.Articles;
import org.newsdesk.cms.support.Documents;
import org.newsdesk.cms.support.GraphQL;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

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

    @Inject
    Vertx vertx;

    @Test
    void answersAsTheEndpointDoesForTheSameEditor() throws Exception {
        String id = Articles.create("Executed directly " + Documents.unique()).getString("id");
        JsonPath endpoint = GraphQL.editor().data(DRAFT, Map.of("id", id));

        SmallRyeExecution.Answer answer = run(request(DRAFT, Map.of("id", id)), editor());

        assertThat(answer.hasErrors()).isFalse();
        assertThat(JsonPath.from(answer.json()).prettify()).isEqualTo(endpoint.prettify());
        assertThat(JsonPath.from(answer.json()).getString("data.article.revisions[0].editor")).isEqualTo("editor");
    }

    @Test
    void runsAsTheCallerItIsGiven() throws Exception {
        String id = Articles.create("Hidden draft " + Documents.unique()).getString("id");

        SmallRyeExecution.Answer anonymous = run(request(DRAFT, Map.of("id", id)),
                QuarkusSecurityIdentity.builder().setAnonymous(true).build());

        assertThat(JsonPath.from(anonymous.json()).getMap("data")).containsEntry("article", null);
    }

    @Test
    void reportsErrorsAsTheEndpointDoes() throws Exception {
        String broken = "{ article(slug: 1, id: 2) { title } }";
        JsonPath endpoint = GraphQL.editor().post(broken);

        SmallRyeExecution.Answer answer = run(request(broken, null), editor());

        assertThat(answer.hasErrors()).isTrue();
        assertThat(JsonPath.from(answer.json()).prettify()).isEqualTo(endpoint.prettify());
    }

    @Test
    void answersOnTheEventLoopItWasCalledOnAndLeavesNoRequestContextActive() throws Exception {
        CompletableFuture<String> after = new CompletableFuture<>();
        Context eventLoop = vertx.getOrCreateContext();
        eventLoop.runOnContext(ignored -> execution.execute(request("{ sources { name } }", null), editor(), null)
                .whenComplete((answer, failure) -> after.complete(Vertx.currentContext() == eventLoop
                        ? "active: " + Arc.container().requestContext().isActive()
                        : "elsewhere")));

        assertThat(after.get(10, TimeUnit.SECONDS)).isEqualTo("active: false");
    }

    /** Runs {@code request} as {@code identity} from an event loop, as the pipeline's stages do. */
    private SmallRyeExecution.Answer run(GraphQLHttpRequest request, SecurityIdentity identity) throws Exception {
        CompletableFuture<SmallRyeExecution.Answer> answer = new CompletableFuture<>();
        vertx.getOrCreateContext().runOnContext(ignored -> execution.execute(request, identity, null)
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        answer.completeExceptionally(failure);
                    } else {
                        answer.complete(done);
                    }
                }));
        return answer.get(10, TimeUnit.SECONDS);
    }

    private static GraphQLHttpRequest request(String query, Map<String, Object> variables) {
        return new GraphQLHttpRequest(query, null, variables);
    }

    private static QuarkusSecurityIdentity editor() {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("editor")).addRole("editor").build();
    }
}
