package org.newsdesk.cms.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.cms.access.Viewer;
import org.newsdesk.cms.article.ArticleReads.Fetch;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleView;
import org.newsdesk.cms.audit.ChangeApplied;
import org.newsdesk.cms.common.AppClock;
import org.newsdesk.cms.common.ChangeNotices;
import org.newsdesk.cms.common.ReadKeys;
import org.newsdesk.cms.common.Times;

/**
 * Writes a change event for every successful mutation, in its transaction (so an event
 * exists exactly when its change was committed), with a pending delivery for each
 * subscriber. The event names the keys of the cached answers the change affects: the
 * article and the article lists for an article; the author or source; everything
 * ({@code everything}) for changes to sections, tags and imports, which touch many articles.
 */
@ApplicationScoped
class ChangeEvents {

    /** The key of a change that affects every cached answer. */
    static final String EVERYTHING = "everything";

    private final ArticleService articles;
    private final Subscribers subscribers;
    private final AppClock clock;
    private final EntityManager em;
    private final boolean postgres;
    private final LiveChanges live;
    private final TransactionSynchronizationRegistry transactions;
    private final WebhookDispatcher dispatcher;

    ChangeEvents(ArticleService articles, Subscribers subscribers, AppClock clock, EntityManager em,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind, LiveChanges live,
            TransactionSynchronizationRegistry transactions, WebhookDispatcher dispatcher) {
        this.dispatcher = dispatcher;
        this.live = live;
        this.transactions = transactions;
        this.articles = articles;
        this.subscribers = subscribers;
        this.clock = clock;
        this.em = em;
        this.postgres = databaseKind.startsWith("postgres");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onMutation(@Observes ChangeApplied mutation) {
        if (!mutation.targets().isEmpty() && mutation.targets().stream().allMatch(key -> key.startsWith("delivery:"))) {
            return; // sending an event again changes no content
        }
        ChangeEvent event = new ChangeEvent();
        event.type = mutation.operation();
        event.occurredAt = clock.now();
        event.editor = mutation.user();
        event.keys = String.join(" ", keysOf(mutation.targets()));
        Optional<Long> articleId = ChangeApplied.firstArticle(mutation.targets());
        articleId.ifPresent(id -> {
            event.articleId = id;
            articles.findById(id, Viewer.EDITOR, Fetch.PLAIN).ifPresent(article -> describe(event, article));
        });
        event.persist();
        ArticleChangeView change = event.articleId == null ? null : changeOf(event);
        List<String> subscribed = subscribers.all();
        onCommit(change, !subscribed.isEmpty());
        if (postgres) {
            // Once this commits, other replicas drop what they remember (readcache.ReplicaChanges)
            // and tell their live subscribers (LiveChanges).
            em.createNativeQuery("select pg_notify(?1, ?2)").setParameter(1, ChangeNotices.CHANNEL)
                    .setParameter(2, live.notice(event.keys, change)).getSingleResult();
        }
        for (String subscriber : subscribed) {
            Delivery delivery = new Delivery();
            delivery.eventId = event.id;
            delivery.subscriber = subscriber;
            delivery.orderingKey = event.articleId != null ? "article:" + event.articleId : "event:" + event.id;
            delivery.status = DeliveryStatus.PENDING;
            delivery.nextAttemptAt = event.occurredAt;
            delivery.persist();
        }
    }

    /**
     * Once the change is committed (never if it is rolled back), live subscribers hear
     * of it and its deliveries start at once.
     */
    private void onCommit(ArticleChangeView change, boolean delivered) {
        if (change == null && !delivered) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                if (change != null) {
                    live.committed(change);
                }
                if (delivered) {
                    dispatcher.wake();
                }
            }
        });
    }

    private static ArticleChangeView changeOf(ChangeEvent event) {
        return new ArticleChangeView(event.id, event.type, event.articleId, event.articleSlug, event.articleStatus,
                event.articleVersion, event.editor, Times.utc(event.occurredAt));
    }

    private static void describe(ChangeEvent event, ArticleView article) {
        event.articleSlug = article.getSlug();
        event.articleStatus = article.getStatus().name();
        event.articleVersion = article.getVersion();
    }

    /** The surrogate keys of the answers a change to these targets affects. */
    static List<String> keysOf(List<String> targets) {
        Set<String> keys = new LinkedHashSet<>();
        for (String target : targets) {
            String kind = target.substring(0, Math.max(0, target.indexOf(':')));
            switch (kind) {
                case "article" -> {
                    keys.add(target);
                    keys.add(ReadKeys.ARTICLE_LIST);
                    keys.add(ReadKeys.SEARCH);
                }
                case "author", "source" -> keys.add(target);
                default -> keys.add(EVERYTHING); // sections, tags, imports: many articles at once
            }
        }
        return new ArrayList<>(keys.isEmpty() ? List.of(EVERYTHING) : keys);
    }
}
