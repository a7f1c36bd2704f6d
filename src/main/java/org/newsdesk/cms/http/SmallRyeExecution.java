package org.newsdesk.cms.http;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
import io.vertx.ext.web.RoutingContext;

/**
 * Runs a GraphQL request the way SmallRye GraphQL's own HTTP handler does, for the
 * stages of the {@link GraphQLPipeline} that answer by themselves. The only class
 * that touches SmallRye's execution internals (the {@code runBlocking} and
 * {@code state} metadata, the per-thread SmallRye context): when an upgrade changes
 * them, {@code SmallRyeExecutionTest} says so.
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

    /**
     * Runs {@code request} on this (worker) thread, as the caller of {@code context}:
     * data fetchers run blocking, in a request context of their own, with the
     * request's identity.
     */
    public Answer execute(RoutingContext context, GraphQLHttpRequest request) {
        return execute(request, () -> identities.setIdentity(QuarkusHttpUser.getSecurityIdentity(context, null)),
                context);
    }

    /**
     * The same, as {@code identity}; {@code context} (null outside an HTTP request)
     * becomes the current Vert.x request for whatever reads it.
     */
    public Answer execute(GraphQLHttpRequest request, SecurityIdentity identity, RoutingContext context) {
        return execute(request, () -> identities.setIdentity(identity), context);
    }

    private Answer execute(GraphQLHttpRequest request, Runnable becomeTheCaller, RoutingContext context) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        ContextState state = requestContext.getState();
        try {
            becomeTheCaller.run();
            if (context != null) {
                currentRequest.setCurrent(context);
            }
            ExecutionResponse response = executeSync(request, state);
            requestContext.activate(state); // data fetchers may have deactivated it: read what they noted
            return new Answer(response.getExecutionResultAsString(),
                    !response.getExecutionResult().getErrors().isEmpty(), ReadKeys.ofThisRequest());
        } finally {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            // Data fetchers deactivate the context when they finish; reactivate it so that
            // terminating it really destroys this request's beans (sessions among them).
            requestContext.activate(state);
            requestContext.terminate();
        }
    }

    private ExecutionResponse executeSync(GraphQLHttpRequest request, ContextState state) {
        Map<String, Object> metaData = new ConcurrentHashMap<>();
        metaData.put("runBlocking", true);
        metaData.put("state", state);
        ExecutionResponse[] response = new ExecutionResponse[1];
        execution.get().executeSync(toJson(request), metaData, new ExecutionResponseWriter() {
            @Override
            public void write(ExecutionResponse written) {
                response[0] = written;
            }

            @Override
            public void fail(Throwable failure) {
                throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
            }
        });
        return response[0];
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
