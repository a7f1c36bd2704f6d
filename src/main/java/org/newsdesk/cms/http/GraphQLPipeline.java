package org.newsdesk.cms.http;

import java.util.Locale;

import io.vertx.core.http.HttpServerRequest;

/**
 * The stages a request to {@link #PATH} passes, in the order they run: each is a
 * Vert.x route on the path, ordered by {@link #order()}. A stage that answers ends
 * the request; otherwise it hands the request on, with the {@link GraphQLHttpRequest}
 * it checked attached.
 *
 * <p>The checks come first, before any credentials are looked at. Quarkus's HTTP
 * authentication runs next (a route of its own, order -150): a request with wrong
 * credentials is refused there with 401. SmallRye GraphQL's WebSocket handler (-99)
 * takes upgrades. The answering stages come after those, so they run as the
 * authenticated caller, and before the routes Vert.x orders by registration (0 and
 * up): SmallRye GraphQL's HTTP handler, which runs every request no stage answered.
 * The stages that answer run a request as that handler does ({@link SmallRyeExecution}):
 * from the event loop, data fetchers on workers. (A whole request on one worker thread
 * was measured at half the throughput and three times the CPU: see docs/benchmark.md.)
 */
public enum GraphQLPipeline {

    /** A WebSocket upgrade (subscriptions) does not hold graceful shutdown ({@link WebSocketUpgrades}). */
    WEBSOCKET_UPGRADE(-1002),
    /** Marks every answer {@code private, no-store} unless a later stage says it is cacheable. */
    PRIVATE_BY_DEFAULT(-1001),
    /** 415 for a POST that is neither JSON nor a GraphQL document. */
    MEDIA_TYPE(-1000),
    /** Reads the body once for every later stage; 413 over the configured cap. */
    BODY(-999),
    /**
     * Automatic persisted queries: registers a document sent with its SHA-256, finds the
     * document of a request that sends only the hash ({@code PERSISTED_QUERY_NOT_FOUND}
     * when unknown).
     */
    PERSISTED_DOCUMENT(-998),
    /** 400, 405, 406 for requests that are not well-formed; attaches the checked request. */
    WELL_FORMED(-997),
    /** On the event loop: a remembered answer to an anonymous query (package readcache). */
    REMEMBERED_ANSWER(-50),
    /** Runs an anonymous query and remembers a clean answer (package readcache). */
    ANSWER_AND_REMEMBER(-49),
    /**
     * Answers what SmallRye's handler cannot or would answer without cache
     * headers: requests whose document came from the persisted queries, and anonymous
     * GET queries the read cache did not answer.
     */
    OWN_ANSWER(-48);

    public static final String PATH = "/graphql";

    /**
     * Whether the request asks to become a WebSocket (subscriptions): SmallRye GraphQL's
     * own handler takes those, and the checks for HTTP requests let them through.
     */
    public static boolean isWebSocketUpgrade(HttpServerRequest request) {
        String upgrade = request.getHeader("Upgrade");
        return upgrade != null && upgrade.toLowerCase(Locale.ROOT).contains("websocket");
    }

    private final int order;

    GraphQLPipeline(int order) {
        this.order = order;
    }

    /** The Vert.x route order. */
    public int order() {
        return order;
    }
}
