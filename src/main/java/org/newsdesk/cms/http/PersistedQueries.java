package org.newsdesk.cms.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Automatic persisted queries, the convention Apollo clients use: a request may carry
 * {@code extensions: {"persistedQuery": {"version": 1, "sha256Hash": "…"}}}. With the
 * document, the document is registered under its hash (which must be its SHA-256);
 * without it, the registered document is used, or the answer is the error
 * {@code PersistedQueryNotFound} (code {@code PERSISTED_QUERY_NOT_FOUND}) that tells
 * the client to send the document once. Documents live in the database, so every
 * replica knows them, and in memory once seen.
 */
@ApplicationScoped
class PersistedQueries {

    private static final String STORED = PersistedQueries.class.getName() + ".document";
    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    /** Documents by hash, as read from or written to the database: they never change. */
    private final Cache<String, String> known = Caffeine.newBuilder().maximumSize(10_000).build();

    /** The registered document this request runs, when it sent only the hash; else null. */
    static String storedDocument(RoutingContext context) {
        return context.get(STORED);
    }

    void install(@Observes Router router) {
        router.route(GraphQLPipeline.PATH).order(GraphQLPipeline.PERSISTED_DOCUMENT.order()).handler(this::resolve);
    }

    /** A request's reference to a persisted query: the hash, and the document when it came along. */
    private record Reference(String hash, String query) {
    }

    private void resolve(RoutingContext context) {
        HttpMethod method = context.request().method();
        if ((method != HttpMethod.GET && method != HttpMethod.POST) || GraphQLPipeline.isWebSocketUpgrade(context.request())) {
            context.next();
            return;
        }
        Reference reference;
        try {
            reference = referenceOf(context);
        } catch (IllegalArgumentException malformed) {
            refuse(context, 400, "BAD_REQUEST", malformed.getMessage());
            return;
        }
        if (reference == null) {
            context.next();
            return;
        }
        if (reference.query() != null) {
            register(context, reference);
        } else {
            find(context, reference.hash());
        }
    }

    private void register(RoutingContext context, Reference reference) {
        if (!sha256Hex(reference.query()).equals(reference.hash())) {
            refuse(context, 400, "BAD_REQUEST", "provided sha does not match query: persistedQuery.sha256Hash must be"
                    + " the SHA-256 of the query, in lower-case hex");
            return;
        }
        if (reference.query().length() > PersistedQuery.MAX_DOCUMENT_LENGTH || known.getIfPresent(reference.hash()) != null) {
            context.next(); // too long to keep: run it all the same
            return;
        }
        context.vertx().executeBlocking(() -> store(reference), false).onComplete(stored -> context.next());
    }

    private void find(RoutingContext context, String hash) {
        String document = known.getIfPresent(hash);
        if (document != null) {
            context.put(STORED, document);
            context.next();
            return;
        }
        context.vertx().executeBlocking(() -> load(hash), false).onComplete(loaded -> {
            if (loaded.succeeded() && loaded.result() != null) {
                context.put(STORED, loaded.result());
                context.next();
            } else if (loaded.succeeded()) {
                refuse(context, 200, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
            } else {
                context.fail(loaded.cause());
            }
        });
    }

    private boolean store(Reference reference) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (PersistedQuery.findById(reference.hash()) == null) {
                    PersistedQuery query = new PersistedQuery();
                    query.hash = reference.hash();
                    query.document = reference.query();
                    query.createdAt = Instant.now();
                    query.persist();
                }
            });
        } catch (PersistenceException | io.quarkus.narayana.jta.QuarkusTransactionException raced) {
            // another replica registered the same document at the same moment: it is there
        }
        known.put(reference.hash(), reference.query());
        return true;
    }

    private String load(String hash) {
        String document = QuarkusTransaction.requiringNew().call(() -> {
            PersistedQuery query = PersistedQuery.findById(hash);
            return query == null ? null : query.document;
        });
        if (document != null) {
            known.put(hash, document);
        }
        return document;
    }

    /** The persisted query the request names, or null; IllegalArgumentException when it names one badly. */
    private static Reference referenceOf(RoutingContext context) {
        Object extensions;
        Object query;
        if (context.request().method() == HttpMethod.GET) {
            String text = context.queryParams().get("extensions");
            query = context.queryParams().get("query");
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                extensions = Json.decodeValue(text);
            } catch (DecodeException e) {
                throw new IllegalArgumentException("'extensions' must be a JSON object");
            }
        } else {
            // An empty body has no buffer at all (length -1): the well-formedness check says so.
            if (context.body() == null || context.body().buffer() == null || context.body().length() == 0
                    || !String.valueOf(context.request().getHeader("Content-Type")).contains("json")) {
                return null;
            }
            Object body;
            try {
                body = Json.decodeValue(context.body().buffer());
            } catch (DecodeException e) {
                return null; // the well-formedness check explains what is wrong with it
            }
            if (!(body instanceof JsonObject request)) {
                return null;
            }
            extensions = request.getValue("extensions");
            query = request.getValue("query");
        }
        if (!(extensions instanceof JsonObject object) || !object.containsKey("persistedQuery")) {
            return null;
        }
        if (!(object.getValue("persistedQuery") instanceof JsonObject persisted)
                || !Integer.valueOf(1).equals(persisted.getValue("version"))
                || !(persisted.getValue("sha256Hash") instanceof String hash) || !SHA_256_HEX.matcher(hash).matches()) {
            throw new IllegalArgumentException("extensions.persistedQuery must be {\"version\": 1, \"sha256Hash\":"
                    + " the document's SHA-256 in lower-case hex}");
        }
        return new Reference(hash, query instanceof String text && !text.isBlank() ? text : null);
    }

    private static void refuse(RoutingContext context, int status, String code, String message) {
        JsonObject error = new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", code));
        context.response().setStatusCode(status)
                .putHeader("Content-Type", ResponseMediaType.contentType(context))
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }

    /** The document's SHA-256 in lower-case hex, as clients compute it. */
    static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(64);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
