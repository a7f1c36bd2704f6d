package org.newsdesk.cms.directread;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
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
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;

/**
 * Answers anonymous queries that have a {@link ReadPlan} without the GraphQL engine:
 * on a worker thread (JDBC blocks), in a request context of its own (the reads note
 * their surrogate keys there), in one pass from the services to the JSON text. The
 * engine's per-field machinery (data fetchers, instrumentation, data loaders, context
 * propagation around each step) cost more CPU per request than the reads themselves
 * (docs/benchmark.md, sessions 9 to 11). Documents are compiled once; one without a
 * plan is remembered as such.
 * <p>
 * The reads run on a pool of their own, a few threads per core, and wait their turn in
 * its queue: with a thread per request in flight, the scheduler slices many runnable
 * threads and parks some requests in the middle of their work, which costs CPU and
 * makes the slowest percent of answers ten times slower than the median (session 13).
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

    /** The pool's name, also the {@code pool_name} of its {@code worker_pool_*} metrics. */
    static final String POOL = "cms-direct-reads";

    private final PlanCompiler.Limits limits;
    private final ReadPlan.Writers writers;
    private final WorkerExecutor pool;
    /** Requests answered here, and requests declined after all (the engine answered them). */
    private final Timer answered;
    private final Timer declined;

    DirectReads(ArticleListWriter articleLists, ArticleWriter articles, SearchWriter search, AuthorWriter authors,
            MeterRegistry metrics, Vertx vertx,
            @ConfigProperty(name = "cms.direct-reads.threads-per-core", defaultValue = "2") int threadsPerCore,
            @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-depth") Optional<Integer> maxDepth,
            @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-complexity") Optional<Integer> maxComplexity) {
        int threads = Math.max(1, threadsPerCore * Runtime.getRuntime().availableProcessors());
        this.pool = vertx.createSharedWorkerExecutor(POOL, threads);
        this.writers = new ReadPlan.Writers(articleLists, articles, search, authors);
        this.limits = new PlanCompiler.Limits(maxDepth.orElse(Integer.MAX_VALUE), maxComplexity.orElse(Integer.MAX_VALUE));
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
        CompletableFuture<SmallRyeExecution.Answer> answer = new CompletableFuture<>();
        pool.<SmallRyeExecution.Answer> executeBlocking(() -> run(roots), false)
                .onComplete(result -> {
                    SmallRyeExecution.Answer done = result.succeeded() ? result.result() : null;
                    (done != null ? answered : declined).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                    answer.complete(done);
                });
        return answer;
    }

    private Optional<ReadPlan> plan(GraphQLHttpRequest request) {
        return plans.get(new Key(request.query(), request.operationName()),
                key -> request.document().flatMap(document -> PlanCompiler.compile(document, key.operationName(), limits)));
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
