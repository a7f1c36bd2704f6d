package org.newsdesk.cms.http;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.language.OperationDefinition;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a repeated anonymous query from memory, as a CDN would, but exactly: an
 * answer is reused only while {@link DatabaseWrites} says this process has changed
 * nothing since it was computed, and at most {@code cms.read-cache.ttl} (for changes
 * made by other processes). Publishing front ends ask the same few questions over
 * and over; editors, who sign in, always get a fresh answer, and so does any query
 * whose answer carried errors.
 */
@ApplicationScoped
class AnonymousReadCache {

    private static final String PATH = "/graphql";
    private static final String CACHE_KEY = AnonymousReadCache.class.getName();
    private static final String PENDING_KEY = AnonymousReadCache.class.getName() + ".pending";

    /** One question: the document, the operation, the variables, the media type asked for. */
    private record Key(String query, String operationName, String variables, boolean graphqlResponseJson) {
        int weight() {
            return query.length() + variables.length() + 64;
        }
    }

    private record Answer(long generation, Buffer body) {
    }

    /** An answer being computed under a generation; completes with null when it had errors. */
    private record Pending(long generation, CompletableFuture<Buffer> body) {
    }

    private final Map<Key, Pending> pending = new ConcurrentHashMap<>();

    @Inject
    ReadCacheConfig config;

    @Inject
    DatabaseWrites writes;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    Instance<ExecutionService> execution;

    private Cache<Key, Answer> answers;

    void install(@Observes Router router) {
        if (!config.enabled()) {
            return;
        }
        answers = Caffeine.newBuilder()
                .maximumWeight(config.maxSize().asLongValue())
                .weigher((Key key, Answer answer) -> key.weight() + answer.body().length())
                .expireAfterWrite(config.ttl())
                .build();
        router.route(PATH).order(-990).handler(this::answerFromMemory);
        router.route(PATH).order(-989).blockingHandler(this::answerAndRemember, false);
    }

    /** On the event loop: a remembered answer costs no thread switch and no query. */
    private void answerFromMemory(RoutingContext context) {
        GraphQLHttpRequest request = context.get(GraphQLHttpRequest.CONTEXT_KEY);
        if (request == null || context.request().getHeader("Authorization") != null) {
            context.next();
            return;
        }
        Key key = new Key(request.query(), request.operationName(),
                request.variables() == null ? "" : io.vertx.core.json.Json.encode(request.variables()),
                GraphQLOverHttp.wantsGraphQLResponseJson(context));
        Answer answer = answers.getIfPresent(key);
        long generation = writes.generation();
        if (answer != null && answer.generation() == generation) {
            respond(context, key, answer.body());
            return;
        }
        context.put(CACHE_KEY, key);
        // The first to ask a question answers it; whoever asks the same meanwhile waits for
        // that answer rather than run it again (when an answer expires, all its askers would).
        Pending mine = new Pending(generation, answerSoon());
        Pending computing = pending.compute(key, (question, current) ->
                current != null && current.generation() == generation && !current.body().isDone() ? current : mine);
        if (computing != mine) {
            Context eventLoop = Vertx.currentContext();
            computing.body().whenComplete((body, failure) -> eventLoop.runOnContext(ignored -> {
                if (body != null) {
                    respond(context, key, body);
                } else {
                    context.next(); // that answer had errors: run it ourselves
                }
            }));
            return;
        }
        context.put(PENDING_KEY, mine);
        context.next();
    }

    /** On a worker thread: runs the query as the GraphQL endpoint would, and keeps a clean answer. */
    private void answerAndRemember(RoutingContext context) {
        Key key = context.get(CACHE_KEY);
        GraphQLHttpRequest request = context.get(GraphQLHttpRequest.CONTEXT_KEY);
        Pending mine = context.get(PENDING_KEY);
        if (key == null || !isQuery(request)) {
            if (mine != null) {
                pending.remove(key, mine);
                mine.body().complete(null);
            }
            context.next(); // mutations and unparseable documents go the usual way
            return;
        }
        if (mine == null) { // the answer it waited for had errors: run it, without waiters
            mine = new Pending(writes.generation(), answerSoon());
        }
        long generation = mine.generation(); // taken before running: a write meanwhile makes the answer stale
        Buffer clean = null;
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            identities.setIdentity(QuarkusHttpUser.getSecurityIdentity(context, null));
            currentRequest.setCurrent(context);
            ExecutionResponse response = execute(request, requestContext);
            Buffer body = Buffer.buffer(response.getExecutionResultAsString());
            if (response.getExecutionResult().getErrors().isEmpty()) {
                clean = body;
                answers.put(key, new Answer(generation, body));
            }
            respond(context, key, body);
        } finally {
            pending.remove(key, mine);
            mine.body().complete(clean);
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            requestContext.terminate();
        }
    }

    /**
     * An answer to wait for, for a while at most: if the request computing it never gets
     * to finish, its waiters run the query themselves.
     */
    private static CompletableFuture<Buffer> answerSoon() {
        return new CompletableFuture<Buffer>().completeOnTimeout(null, 10, TimeUnit.SECONDS);
    }

    /** Runs the request the way the GraphQL endpoint does: data fetchers blocking, in this request's context. */
    private ExecutionResponse execute(GraphQLHttpRequest request, ManagedContext requestContext) {
        Map<String, Object> metaData = new ConcurrentHashMap<>();
        metaData.put("runBlocking", true);
        metaData.put("state", requestContext.getState());
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

    private static boolean isQuery(GraphQLHttpRequest request) {
        List<OperationDefinition> operations = request.selectedOperations();
        return operations.size() == 1 && operations.get(0).getOperation() == OperationDefinition.Operation.QUERY;
    }

    private static jakarta.json.JsonObject toJson(GraphQLHttpRequest request) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("query", request.query());
        if (request.operationName() != null) {
            json.add("operationName", request.operationName());
        }
        Map<String, Object> variables = request.variables();
        if (variables != null) {
            json.add("variables", Json.createObjectBuilder(variables));
        }
        return json.build();
    }

    private static void respond(RoutingContext context, Key key, Buffer body) {
        context.response().setStatusCode(200)
                .putHeader("Content-Type", (key.graphqlResponseJson() ? GraphQLOverHttp.GRAPHQL_RESPONSE_JSON
                        : "application/json") + "; charset=UTF-8")
                .end(body);
    }
}
