package org.newsdesk.cms.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.newsdesk.cms.http.EntityTags;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * HTTP answers for feeds, sitemaps and robots.txt, as caches and feed readers expect
 * them: a strong {@code ETag} from the bytes, {@code Last-Modified} when known,
 * {@code Cache-Control: public, max-age} ({@code cms.feeds.max-age}), and
 * {@code 304 Not Modified} for a client that has the same already. Refusals are plain
 * text with the reason.
 */
@ApplicationScoped
class Answers {

    /** IMF-fixdate (RFC 9110), the one date format HTTP headers are sent in. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final FeedsConfig config;

    Answers(FeedsConfig config) {
        this.config = config;
    }

    /** Serves {@code path} by GET (and HEAD) from a worker thread: the handlers read the database. */
    static void get(Router router, String path, Handler<RoutingContext> handler) {
        router.route(path).method(HttpMethod.GET).method(HttpMethod.HEAD).blockingHandler(handler, false);
    }

    /**
     * 200 with {@code body}, or 304 without it when the request's {@code If-None-Match}
     * names its ETag or, without one, its {@code If-Modified-Since} is not before
     * {@code lastModified} (RFC 9110, 13.2.2).
     */
    void send(RoutingContext context, String contentType, byte[] body, Optional<Instant> lastModified) {
        String etag = EntityTags.of(body);
        Optional<Instant> modified = lastModified.map(time -> time.truncatedTo(ChronoUnit.SECONDS));
        HttpServerResponse response = context.response()
                .putHeader("ETag", etag)
                .putHeader("Cache-Control", "public, max-age=" + config.maxAge().toSeconds())
                .putHeader("X-Content-Type-Options", "nosniff");
        modified.ifPresent(time -> response.putHeader("Last-Modified", HTTP_DATE.format(time)));
        if (notModified(context, etag, modified)) {
            response.setStatusCode(304).end();
            return;
        }
        response.setStatusCode(200).putHeader("Content-Type", contentType).end(Buffer.buffer(body));
    }

    /** A refusal with its reason as plain text, never kept by caches. */
    static void refuse(RoutingContext context, int status, String reason) {
        context.response().setStatusCode(status)
                .putHeader("Content-Type", "text/plain; charset=UTF-8")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("X-Content-Type-Options", "nosniff")
                .end(reason + "\n");
    }


    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean notModified(RoutingContext context, String etag, Optional<Instant> modified) {
        String ifNoneMatch = context.request().getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return EntityTags.matches(ifNoneMatch, etag);
        }
        String ifModifiedSince = context.request().getHeader("If-Modified-Since");
        if (ifModifiedSince == null || modified.isEmpty()) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return !modified.get().isAfter(since);
        } catch (DateTimeParseException e) {
            return false; // an invalid date is ignored, as RFC 9110 asks
        }
    }
}
