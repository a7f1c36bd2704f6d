package org.newsdesk.cms.http;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;

import org.newsdesk.cms.common.Jsonp;
import org.newsdesk.cms.common.ReadKeys;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * Runs a GraphQL request the way SmallRye GraphQL's own HTTP handler does, for the
 * stages of the {@link GraphQLPipeline} that answer by themselves. The only class
 * that touches SmallRye's execution internals (the {@code runBlocking} and
 * {@code state} metadata, the per-thread SmallRye context; {@link LeanDataFetchers}
 * uses SmallRye's data fetcher extension point): when an upgrade changes them,
 * {@code SmallRyeExecutionTest} says so.
 */
@ApplicationScoped
public class SmallRyeExecution {

    /**
     * An answer: its JSON text, whether it carried errors (answers with errors are never
     * reused), and the keys of what it read ({@link ReadKeys}: an HTTP cache's surrogate keys).
     */
    public record Answer(String json, boolean hasErrors, List<String> keys) {
    }

    @Inject
    Instance<ExecutionService> execution;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    Instance<DirectAnswers> direct;

    /**
     * Runs {@code request} as the caller of {@code context}, as SmallRye's own HTTP
     * handler does: from the event loop it is called on, data fetchers on worker
     * threads in a request context of their own, graphql-java's work between them back
     * on the event loop. Completes on that event loop. (A whole request run on one
     * worker instead cost three times the CPU: docs/benchmark.md, session 9.)
     */
    public CompletionStage<Answer> execute(RoutingContext context, GraphQLHttpRequest request) {
        CompletionStage<Answer> directly = anonymous(context) && direct.isResolvable()
                ? direct.get().answer(request)
                : null;
        if (directly == null) {
            return engine(context, request);
        }
        // Declined after all: the engine answers, with the error the caller should see.
        return directly.thenCompose(answer -> answer != null ? CompletableFuture.completedFuture(answer)
                : engine(context, request));
    }

    private CompletionStage<Answer> engine(RoutingContext context, GraphQLHttpRequest request) {
        return execute(request, () -> identities.setIdentity(QuarkusHttpUser.getSecurityIdentity(context, null)),
                context);
    }

    /** Whether {@link DirectAnswers} would answer {@code context}'s request. */
    public boolean directlyAnswerable(RoutingContext context, GraphQLHttpRequest request) {
        return anonymous(context) && direct.isResolvable() && direct.get().covers(request);
    }

    /**
     * No credentials sent: every way to sign in here (basic, bearer tokens) sends an
     * Authorization header. The read cache and HTTP caching use the same rule.
     */
    private static boolean anonymous(RoutingContext context) {
        return context.request().getHeader("Authorization") == null;
    }

    /**
     * The same, as {@code identity}; {@code context} (null outside an HTTP request)
     * becomes the current Vert.x request for whatever reads it. Call it on a Vert.x
     * event loop.
     */
    public CompletionStage<Answer> execute(GraphQLHttpRequest request, SecurityIdentity identity,
            RoutingContext context) {
        return execute(request, () -> identities.setIdentity(identity), context);
    }

    private CompletionStage<Answer> execute(GraphQLHttpRequest request, Runnable becomeTheCaller,
            RoutingContext context) {
        Context eventLoop = Vertx.currentContext();
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        ContextState state = requestContext.getState();
        try {
            becomeTheCaller.run();
            if (context != null) {
                currentRequest.setCurrent(context);
            }
            Map<String, Object> metaData = new ConcurrentHashMap<>();
            metaData.put("runBlocking", false);
            metaData.put("state", state);
            execution.get().executeAsync(toJson(request), metaData, new ExecutionResponseWriter() {
                @Override
                public void write(ExecutionResponse response) {
                    finish(() -> new Answer(response.getExecutionResultAsString(),
                            !response.getExecutionResult().getErrors().isEmpty(), ReadKeys.ofThisRequest()));
                }

                @Override
                public void fail(Throwable failure) {
                    finish(() -> {
                        throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
                    });
                }

                /**
                 * Reads what the data fetchers noted (they deactivate the request context on
                 * their threads: reactivate it), then ends the context so that its beans
                 * (sessions among them) are destroyed, and answers on the event loop.
                 */
                private void finish(Supplier<Answer> result) {
                    Answer finished = null;
                    RuntimeException failed = null;
                    requestContext.activate(state);
                    try {
                        finished = result.get();
                    } catch (RuntimeException e) {
                        failed = e;
                    } finally {
                        SmallRyeContextManager.clearCurrentSmallRyeContext();
                        requestContext.terminate();
                    }
                    Answer done = finished;
                    RuntimeException error = failed;
                    eventLoop.runOnContext(ignored -> {
                        if (error == null) {
                            answer.complete(done);
                        } else {
                            answer.completeExceptionally(error);
                        }
                    });
                }
            });
        } catch (RuntimeException e) {
            requestContext.terminate();
            answer.completeExceptionally(e);
        } finally {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            if (requestContext.isActive()) {
                requestContext.deactivate(); // the writer ends it once the answer is written
            }
        }
        return answer;
    }

    private static jakarta.json.JsonObject toJson(GraphQLHttpRequest request) {
        JsonObjectBuilder json = Jsonp.PROVIDER.createObjectBuilder().add("query", request.query());
        if (request.operationName() != null) {
            json.add("operationName", request.operationName());
        }
        Map<String, Object> variables = request.variables();
        if (variables != null) {
            json.add("variables", Jsonp.PROVIDER.createObjectBuilder(variables));
        }
        return json.build();
    }
}
