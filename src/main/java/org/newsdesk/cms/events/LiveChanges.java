package org.newsdesk.cms.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.newsdesk.cms.common.ChangeNotices;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.operators.multi.processors.SerializedProcessor;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/**
 * The committed article changes, broadcast to this replica's live subscribers: those
 * made through this replica as they commit, and, on PostgreSQL, those of every other
 * replica as its change notice arrives ({@link #notice}: the notice carries the change).
 */
@ApplicationScoped
class LiveChanges {

    /** Tells this replica's notices from the others' (it hears its own too). */
    private final String replica = UUID.randomUUID().toString();

    // Commits on many threads and the notice listener publish at once: serialize them.
    private final BroadcastProcessor<ArticleChangeView> broadcast = BroadcastProcessor.create();
    private final SerializedProcessor<ArticleChangeView, ArticleChangeView> publisher = broadcast.serialized();

    Multi<ArticleChangeView> stream() {
        return broadcast;
    }

    void committed(ArticleChangeView change) {
        publisher.onNext(change);
    }

    /** The notice other replicas hear of a change committed here (keys for their caches, the change for their subscribers). */
    String notice(String keys, ArticleChangeView change) {
        JsonObject notice = new JsonObject().put("replica", replica).put("keys", keys);
        if (change != null) {
            notice.put("change", new JsonObject().put("eventId", change.eventId()).put("type", change.type())
                    .put("articleId", change.articleId()).put("slug", change.slug()).put("status", change.status())
                    .put("version", change.version()).put("editor", change.editor())
                    .put("occurredAt", change.occurredAt().toString()));
        }
        String encoded = notice.encode();
        // A change too long to announce still makes the other replicas drop their answers.
        return encoded.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= ChangeNotices.MAX_PAYLOAD_BYTES
                ? encoded
                : new JsonObject().put("replica", replica).put("keys", ChangeEvents.EVERYTHING).encode();
    }

    void heard(@Observes ChangeNotices.Heard heard) {
        JsonObject notice;
        try {
            notice = new JsonObject(heard.payload());
        } catch (DecodeException notOurs) {
            return; // a notice without a change (keys only)
        }
        JsonObject change = notice.getJsonObject("change");
        if (change == null || replica.equals(notice.getString("replica"))) {
            return; // nothing for subscribers, or already told on commit here
        }
        try {
            publisher.onNext(new ArticleChangeView(change.getLong("eventId"), change.getString("type"),
                    change.getLong("articleId"), change.getString("slug"), change.getString("status"),
                    change.getInteger("version"), change.getString("editor"),
                    OffsetDateTime.parse(change.getString("occurredAt"))));
        } catch (RuntimeException e) {
            Log.warnf("An unreadable change notice from another replica was ignored: %s", heard.payload());
        }
    }
}
