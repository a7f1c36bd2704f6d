package org.newsdesk.cms.http;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.newsdesk.cms.common.ReadKeys;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * What HTTP caches may do with a GraphQL answer. An anonymous GET query answered
 * without errors is {@code public} for {@code cms.http-cache.max-age} (with
 * {@code stale-while-revalidate}), has a strong ETag (a {@code 304} for a client that
 * has it) and carries its surrogate keys; everything else (signed-in callers, POST,
 * mutations, answers with errors, refusals) is {@code private, no-store}.
 */
@ApplicationScoped
public class HttpCaching {

    /** The key that stands for "everything": sent instead of a keys list over the length limit. */
    public static final String ALL = ReadKeys.ANY_CHANGE;

    /** An answer ready to send any number of times: its body, ETag and keys header, computed once. */
    public record Prepared(Buffer body, boolean hasErrors, String etag, String keys) {
    }

    private final HttpCacheConfig config;
    private final String publicCacheControl;

    HttpCaching(HttpCacheConfig config) {
        this.config = config;
        this.publicCacheControl = "public, max-age=" + config.maxAge().toSeconds() + ", stale-while-revalidate="
                + config.staleWhileRevalidate().toSeconds();
    }

    /** Every answer on the path is private unless a stage says otherwise. */
    void install(@Observes Router router) {
        router.route(GraphQLPipeline.PATH).order(GraphQLPipeline.PRIVATE_BY_DEFAULT.order()).handler(context -> {
            context.addHeadersEndHandler(ignored -> {
                if (!context.response().headers().contains(HttpHeaders.CACHE_CONTROL)) {
                    context.response().putHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
                }
            });
            context.next();
        });
    }

    public Prepared prepare(Buffer body, boolean hasErrors, List<String> keys) {
        return new Prepared(body, hasErrors, EntityTags.of(body.getBytes()), keysHeader(keys));
    }

    /**
     * Sends {@code answer}: 200 with it, or 304 when the request is cacheable and its
     * If-None-Match names the answer's ETag.
     */
    public void send(RoutingContext context, Prepared answer, String contentType) {
        HttpServerResponse response = context.response();
        if (!cacheable(context, answer)) {
            response.putHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            response.setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, contentType).end(answer.body());
            return;
        }
        response.putHeader(HttpHeaders.CACHE_CONTROL, publicCacheControl)
                .putHeader(HttpHeaders.ETAG, answer.etag())
                .putHeader(HttpHeaders.VARY, "Accept, Authorization")
                .putHeader(config.keysHeader(), answer.keys());
        String ifNoneMatch = context.request().getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && EntityTags.matches(ifNoneMatch, answer.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        response.setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, contentType).end(answer.body());
    }

    /** Anonymous, by GET, a query (WELL_FORMED refused mutations by GET), and no errors. */
    static boolean cacheable(RoutingContext context, Prepared answer) {
        return context.request().method() == HttpMethod.GET && context.request().getHeader("Authorization") == null
                && !answer.hasErrors();
    }

    /** The keys as one header value, space-separated; {@link #ALL} when too long. */
    String keysHeader(List<String> keys) {
        String joined = String.join(" ", keys);
        return joined.isEmpty() || joined.length() > config.maxKeysHeaderLength() ? ALL : joined;
    }
}
