package org.newsdesk.cms.directread;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.newsdesk.cms.common.ReadKeys;
import org.newsdesk.cms.http.DirectAnswers;
import org.newsdesk.cms.http.GraphQLHttpRequest;
import org.newsdesk.cms.http.SmallRyeExecution;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Answers anonymous queries that have a {@link ReadPlan} without the GraphQL engine:
 * on a worker thread (JDBC blocks), in a request context of its own (the reads note
 * their surrogate keys there), in one pass from the services to the JSON text. The
 * engine's per-field machinery (data fetchers, instrumentation, data loaders, context
 * propagation around each step) cost more CPU per request than the reads themselves
 * (docs/benchmark.md, sessions 9 to 11). Documents are compiled once; one without a
 * plan is remembered as such.
 */
@ApplicationScoped
class DirectReads implements DirectAnswers {

    private static final Logger LOG = Logger.getLogger(DirectReads.class);

    /** Characters of document text remembered, as for the parsed documents. */
    private static final long MAX_TEXT = 2_000_000;

    /**
     * The meter timing the requests a plan covered, from the plan's look-up to the JSON
     * text, by outcome: the engine's own operation timings do not see them.
     */
    static final String METER = "cms.graphql.direct";

    private record Key(String query, String operationName) {
    }

    private final Cache<Key, Optional<ReadPlan>> plans = Caffeine.newBuilder()
            .maximumWeight(MAX_TEXT)
            .weigher((Key key, Optional<ReadPlan> plan) -> key.query().length())
            .build();

    private final ReadPlan.Writers writers;
    /** Requests answered here, and requests declined after all (the engine answered them). */
    private final Timer answered;
    private final Timer declined;

    DirectReads(ArticleListWriter articleLists, ArticleWriter articles, SearchWriter search, AuthorWriter authors,
            MeterRegistry metrics) {
        this.writers = new ReadPlan.Writers(articleLists, articles, search, authors);
        this.answered = metrics.timer(METER, "outcome", "answered");
        this.declined = metrics.timer(METER, "outcome", "declined");
    }

    @Override
    public boolean covers(GraphQLHttpRequest request) {
        return plan(request).isPresent();
    }

    @Override
    public CompletionStage<SmallRyeExecution.Answer> answer(GraphQLHttpRequest request) {
        Optional<ReadPlan> plan = plan(request);
        if (plan.isEmpty()) {
            return null;
        }
        long started = System.nanoTime();
        Map<String, Object> variables = request.variables() == null ? Map.of() : request.variables();
        List<ReadPlan.BoundRoot> roots;
        try {
            roots = plan.get().bind(variables, writers);
        } catch (ReadPlan.Declined refused) {
            declined.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            return CompletableFuture.completedFuture(null);
        }
        Context eventLoop = Vertx.currentContext();
        CompletableFuture<SmallRyeExecution.Answer> answer = new CompletableFuture<>();
        eventLoop.<SmallRyeExecution.Answer> executeBlocking(() -> run(roots), false)
                .onComplete(result -> {
                    SmallRyeExecution.Answer done = result.succeeded() ? result.result() : null;
                    (done != null ? answered : declined).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                    answer.complete(done);
                });
        return answer;
    }

    private Optional<ReadPlan> plan(GraphQLHttpRequest request) {
        return plans.get(new Key(request.query(), request.operationName()),
                key -> request.document().flatMap(document -> PlanCompiler.compile(document, key.operationName())));
    }

    /** On a worker: the reads and the JSON; null when a read refused the request (the engine says why). */
    private static SmallRyeExecution.Answer run(List<ReadPlan.BoundRoot> roots) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            String json = ReadPlan.answer(roots);
            return new SmallRyeExecution.Answer(json, false, ReadKeys.ofThisRequest());
        } catch (RuntimeException refused) {
            LOG.debugf(refused, "Declined a planned read: the engine answers it");
            return null;
        } finally {
            requestContext.terminate();
        }
    }
}
