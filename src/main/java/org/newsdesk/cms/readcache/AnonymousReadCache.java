package org.newsdesk.cms.readcache;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.newsdesk.cms.http.GraphQLHttpRequest;
import org.newsdesk.cms.http.GraphQLPipeline;
import org.newsdesk.cms.http.HttpCaching;
import org.newsdesk.cms.http.ResponseMediaType;
import org.newsdesk.cms.http.SmallRyeExecution;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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

    private static final String CACHE_KEY = AnonymousReadCache.class.getName();
    private static final String PENDING_KEY = AnonymousReadCache.class.getName() + ".pending";

    /** One question: the document, the operation, the variables, the media type asked for. */
    private record Key(String query, String operationName, String variables, boolean graphqlResponseJson) {
        int weight() {
            return query.length() + variables.length() + 64;
        }
    }

    private record Answer(long generation, HttpCaching.Prepared prepared) {
    }

    /** An answer being computed under a generation; completes with null when it had errors. */
    private record Pending(long generation, CompletableFuture<HttpCaching.Prepared> body) {
    }

    private final Map<Key, Pending> pending = new ConcurrentHashMap<>();

    @Inject
    ReadCacheConfig config;

    @Inject
    DatabaseWrites writes;

    @Inject
    SmallRyeExecution execution;

    @Inject
    HttpCaching caching;

    private Cache<Key, Answer> answers;

    void install(@Observes Router router) {
        if (!config.enabled()) {
            return;
        }
        answers = Caffeine.newBuilder()
                .maximumWeight(config.maxSize().asLongValue())
                .weigher((Key key, Answer answer) -> key.weight() + answer.prepared().body().length()
                        + answer.prepared().keys().length())
                .expireAfterWrite(config.ttl())
                .build();
        router.route(GraphQLPipeline.PATH).order(GraphQLPipeline.REMEMBERED_ANSWER.order())
                .handler(this::answerFromMemory);
        router.route(GraphQLPipeline.PATH).order(GraphQLPipeline.ANSWER_AND_REMEMBER.order())
                .handler(this::runAndRemember);
    }

    /** On the event loop: a remembered answer costs no thread switch and no query. */
    private void answerFromMemory(RoutingContext context) {
        GraphQLHttpRequest request = GraphQLHttpRequest.checked(context);
        if (request == null || context.request().getHeader("Authorization") != null) {
            context.next();
            return;
        }
        Key key = new Key(request.query(), request.operationName(),
                request.variables() == null ? "" : io.vertx.core.json.Json.encode(request.variables()),
                ResponseMediaType.isGraphQLResponseJson(context));
        Answer answer = answers.getIfPresent(key);
        long generation = writes.generation();
        if (answer != null && answer.generation() == generation) {
            respond(context, key, answer.prepared());
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

    /** Questions this cache took on are answered here; the rest go on to the GraphQL handler. */
    private void runAndRemember(RoutingContext context) {
        Key key = context.get(CACHE_KEY);
        GraphQLHttpRequest request = GraphQLHttpRequest.checked(context);
        if (key == null || !request.isQuery()) {
            Pending mine = context.get(PENDING_KEY);
            if (mine != null) {
                pending.remove(key, mine);
                mine.body().complete(null);
            }
            context.next(); // mutations and unparseable documents go the usual way, from the event loop
            return;
        }
        answerAndRemember(context, key, request);
    }

    /** Runs the query as the GraphQL endpoint would (from the event loop), and keeps a clean answer. */
    private void answerAndRemember(RoutingContext context, Key key, GraphQLHttpRequest request) {
        Pending waited = context.get(PENDING_KEY);
        // Without one, the answer it waited for had errors: run it, without waiters.
        Pending mine = waited != null ? waited : new Pending(writes.generation(), answerSoon());
        long generation = mine.generation(); // taken before running: a write meanwhile makes the answer stale
        execution.execute(context, request).whenComplete((answer, failure) -> {
            HttpCaching.Prepared clean = null;
            try {
                if (failure != null) {
                    context.fail(failure);
                    return;
                }
                HttpCaching.Prepared prepared = caching.prepare(Buffer.buffer(answer.json()), answer.hasErrors(),
                        answer.keys());
                if (!answer.hasErrors()) {
                    clean = prepared;
                    answers.put(key, new Answer(generation, prepared));
                }
                respond(context, key, prepared);
            } finally {
                pending.remove(key, mine);
                mine.body().complete(clean);
            }
        });
    }

    /**
     * An answer to wait for, for a while at most: if the request computing it never gets
     * to finish, its waiters run the query themselves.
     */
    private static CompletableFuture<HttpCaching.Prepared> answerSoon() {
        return new CompletableFuture<HttpCaching.Prepared>().completeOnTimeout(null, 10, TimeUnit.SECONDS);
    }

    private void respond(RoutingContext context, Key key, HttpCaching.Prepared answer) {
        caching.send(context, answer, ResponseMediaType.contentType(key.graphqlResponseJson()));
    }
}
