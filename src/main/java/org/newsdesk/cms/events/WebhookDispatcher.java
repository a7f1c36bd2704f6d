package org.newsdesk.cms.events;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.newsdesk.cms.common.AppClock;
import org.newsdesk.cms.common.ReadKeys;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Delivers change events to the webhooks, at least once and in event order per
 * article, from any number of replicas. Each round claims due deliveries with
 * {@code FOR UPDATE SKIP LOCKED} (a delivery is one replica's while its lease
 * runs, {@code cms.webhooks.lease}), skipping any whose article has an earlier
 * delivery to the same subscriber still pending; then posts each, signed, and
 * records the outcome: delivered on a 2xx, else retried after an exponential
 * backoff with jitter, dead after {@code cms.webhooks.max-attempts}. A replica that
 * dies mid-delivery leaves the lease to run out; another then delivers it again, so a
 * receiver that acknowledged but whose answer was lost may see an event twice: its
 * id is stable for de-duplication.
 *
 * <p>The replica that commits a change starts delivering it at once ({@link #wake}),
 * so a purge reaches the cache in milliseconds; the scheduled poll (the simple
 * scheduler ticks once a second at most) picks up retries and what other replicas
 * left behind.
 */
@ApplicationScoped
class WebhookDispatcher {

    private static final int BATCH = 20;

    private final EntityManager em;
    private final WebhooksConfig config;
    private final AppClock clock;
    private final HttpClient http;

    private final Subscribers subscribers;

    /** One round at a time per replica; a wake during a round makes it look once more. */
    private final ReentrantLock round = new ReentrantLock();
    private final AtomicBoolean lookAgain = new AtomicBoolean();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final ExecutorService waker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "webhook-dispatcher");
        thread.setDaemon(true);
        return thread;
    });

    WebhookDispatcher(EntityManager em, WebhooksConfig config, AppClock clock, Subscribers subscribers) {
        this.subscribers = subscribers;
        this.em = em;
        this.config = config;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** One claimed delivery with what its request needs. */
    private record Claimed(long id, String subscriber, int attempts, JsonObject body, String type, long eventId) {
    }

    /** Delivers what is due now, off the caller's thread: called once a change with deliveries has committed. */
    void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            waker.execute(() -> {
                wakeQueued.set(false);
                dispatch();
            });
        }
    }

    @PreDestroy
    void stopWaking() {
        waker.shutdownNow();
    }

    @Scheduled(every = "${cms.webhooks.poll-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        if (subscribers.all().isEmpty()) {
            return; // nothing is queued without a subscriber
        }
        lookAgain.set(true);
        while (lookAgain.get()) {
            if (!round.tryLock()) {
                return; // the round under way looks again
            }
            try {
                lookAgain.set(false);
                deliverDue();
            } catch (RuntimeException e) {
                Log.warnf(e, "A webhook delivery round failed; the next poll tries again");
                return;
            } finally {
                round.unlock();
            }
        }
    }

    private void deliverDue() {
        List<Claimed> claimed;
        do {
            claimed = QuarkusTransaction.requiringNew().call(this::claim);
            claimed.forEach(this::deliver);
        } while (claimed.size() == BATCH);
    }

    private List<Claimed> claim() {
        Instant now = clock.now();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select d.id from delivery d where d.status = 'PENDING'"
                + " and d.next_attempt_at <= ?1 and not exists (select 1 from delivery e where e.subscriber = d.subscriber"
                + " and e.ordering_key = d.ordering_key and e.status = 'PENDING' and e.event_id < d.event_id)"
                + " order by d.event_id fetch first " + BATCH + " rows only for update skip locked")
                .setParameter(1, now).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> claimedIds = ids.stream().map(Number::longValue).toList();
        em.createQuery("update Delivery d set d.nextAttemptAt = :leased where d.id in :ids")
                .setParameter("leased", now.plus(config.lease())).setParameter("ids", claimedIds).executeUpdate();
        List<Delivery> deliveries = em.createQuery("from Delivery d where d.id in :ids order by d.eventId", Delivery.class)
                .setParameter("ids", claimedIds).getResultList();
        return deliveries.stream().map(delivery -> {
            ChangeEvent event = em.find(ChangeEvent.class, delivery.eventId);
            return new Claimed(delivery.id, delivery.subscriber, delivery.attempts, bodyOf(event), event.type, event.id);
        }).toList();
    }

    private void deliver(Claimed delivery) {
        String body = delivery.body().encode();
        String error = null;
        try {
            HttpRequest.Builder request = Subscribers.isPurge(delivery.subscriber()) ? purge(delivery)
                    : webhook(delivery, body);
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                error = "HTTP " + response.statusCode();
            }
        } catch (IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        record(delivery, error);
    }

    /**
     * The HTTP cache's purge: {@code PURGE} with the event's keys in {@code xkey-purge},
     * plus {@code all} ({@link ReadKeys#ANY_CHANGE}), the key of answers that read too
     * much to list their keys or that any change may affect.
     */
    private HttpRequest.Builder purge(Claimed delivery) {
        List<String> keys = new java.util.ArrayList<>(delivery.body().getJsonArray("keys").getList());
        if (!keys.contains(ReadKeys.ANY_CHANGE)) {
            keys.add(ReadKeys.ANY_CHANGE);
        }
        return HttpRequest.newBuilder(URI.create(delivery.subscriber().substring(Subscribers.PURGE.length())))
                .timeout(config.timeout())
                .header("xkey-purge", String.join(" ", keys))
                .method("PURGE", HttpRequest.BodyPublishers.noBody());
    }

    private HttpRequest.Builder webhook(Claimed delivery, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(delivery.subscriber()))
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("X-Newsroom-Event", delivery.type())
                    .header("X-Newsroom-Event-Id", String.valueOf(delivery.eventId()))
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        config.secret().ifPresent(secret -> request.header(Signature.HEADER,
                Signature.header(secret, clock.now().getEpochSecond(), body)));
        return request;
    }

    private void record(Claimed claimed, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            Delivery delivery = em.find(Delivery.class, claimed.id());
            if (delivery == null || delivery.status != DeliveryStatus.PENDING) {
                return; // redelivered or gone meanwhile
            }
            delivery.attempts++;
            if (error == null) {
                delivery.status = DeliveryStatus.DELIVERED;
                delivery.deliveredAt = clock.now();
                delivery.lastError = null;
                return;
            }
            delivery.lastError = error.length() > Delivery.MAX_ERROR_LENGTH ? error.substring(0, Delivery.MAX_ERROR_LENGTH)
                    : error;
            if (delivery.attempts >= config.maxAttempts()) {
                delivery.status = DeliveryStatus.DEAD;
                Log.warnf("Webhook delivery %d of event %d to %s dead after %d attempts: %s", delivery.id,
                        delivery.eventId, delivery.subscriber, delivery.attempts, error);
            } else {
                delivery.nextAttemptAt = clock.now().plus(backoff(delivery.attempts));
            }
        });
    }

    /** Exponential, doubling from cms.webhooks.backoff, capped, with up to 25% jitter so retries spread out. */
    Duration backoff(int attempts) {
        long base = config.backoff().toMillis() << Math.min(attempts - 1, 20);
        long capped = Math.min(base, config.maxBackoff().toMillis());
        return Duration.ofMillis(capped + ThreadLocalRandom.current().nextLong(capped / 4 + 1));
    }

    /** The event as subscribers receive it (the webhook contract in the README). */
    static JsonObject bodyOf(ChangeEvent event) {
        JsonObject article = event.articleId == null ? null
                : new JsonObject().put("id", String.valueOf(event.articleId)).put("slug", event.articleSlug)
                        .put("status", event.articleStatus).put("version", event.articleVersion);
        return new JsonObject().put("id", String.valueOf(event.id)).put("type", event.type)
                .put("occurredAt", event.occurredAt.toString())
                .put("keys", new JsonArray(Arrays.asList((Object[]) event.keys.split(" "))))
                .put("article", article).put("editor", event.editor);
    }
}
