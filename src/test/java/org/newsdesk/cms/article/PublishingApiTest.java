package org.newsdesk.cms.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.support.Documents.unique;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.article.schedule.PublicationSchedule;
import org.newsdesk.cms.article.schedule.ScheduledPublisher;
import org.newsdesk.cms.support.Articles;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.TestClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Publishing now and on schedule, with time driven by a test clock; concurrent editors. */
@QuarkusTest
class PublishingApiTest {

    @Inject
    TestClock clock;

    @Inject
    ScheduledPublisher publisher;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private static JsonPath publishAt(String id, Instant at) {
        return GraphQL.editor().data("mutation($id: ID!, $at: DateTime) { publishArticle(id: $id, at: $at) { "
                + Articles.FIELDS + " } }", Map.of("id", id, "at", at.toString())).setRootPath("data.publishArticle");
    }

    private static String anonymousTitle(String id) {
        return GraphQL.anonymous().data("query($id: ID) { article(id: $id) { title } }", Map.of("id", id))
                .getString("data.article.title");
    }

    @Test
    void publishUnpublishArchive() {
        String id = Articles.create("Lifecycle " + unique()).getString("id");
        assertThat(anonymousTitle(id)).isNull();

        JsonPath published = Articles.publish(id);
        assertThat(published.getString("status")).isEqualTo("PUBLISHED");
        assertThat(published.getString("publishedAt")).isNotNull();
        assertThat(anonymousTitle(id)).isNotNull();

        String unpublish = "mutation($id: ID!) { unpublishArticle(id: $id) { status } }";
        assertThat(GraphQL.editor().data(unpublish, Map.of("id", id)).getString("data.unpublishArticle.status")).isEqualTo("DRAFT");
        assertThat(anonymousTitle(id)).isNull();

        String archive = "mutation($id: ID!) { archiveArticle(id: $id) { status } }";
        assertThat(GraphQL.editor().data(archive, Map.of("id", id)).getString("data.archiveArticle.status")).isEqualTo("ARCHIVED");
        assertThat(anonymousTitle(id)).isNull();
        assertThat(Articles.get(id).getList("revisions.status")).containsExactly("ARCHIVED", "DRAFT", "PUBLISHED", "DRAFT");
    }

    @Test
    void scheduledPublicationHappensWhenItsTimeComesAndNotBefore() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(now);
        String id = Articles.create("Embargoed Report " + unique()).getString("id");
        Instant at = now.plus(Duration.ofHours(2));

        JsonPath scheduled = publishAt(id, at);
        assertThat(scheduled.getString("status")).isEqualTo("DRAFT");
        assertThat(Instant.parse(scheduled.getString("scheduledAt"))).isEqualTo(at);

        clock.set(at.minusSeconds(1));
        publisher.publishDue();
        assertThat(anonymousTitle(id)).as("not yet").isNull();

        clock.set(at.plusSeconds(20));
        assertThat(publisher.publishDue()).isPositive();

        JsonPath stored = Articles.get(id);
        assertThat(stored.getString("status")).isEqualTo("PUBLISHED");
        assertThat(Instant.parse(stored.getString("publishedAt"))).isEqualTo(at);
        assertThat(stored.getString("scheduledAt")).isNull();
        assertThat(stored.getString("revisions[0].editor")).isEqualTo(PublicationSchedule.SCHEDULER);
        assertThat(anonymousTitle(id)).isNotNull();
    }

    @Test
    void unpublishingCancelsASchedule() {
        Instant now = Instant.now();
        clock.set(now);
        String id = Articles.create("Cancelled Embargo " + unique()).getString("id");
        publishAt(id, now.plus(Duration.ofHours(1)));
        GraphQL.editor().data("mutation($id: ID!) { unpublishArticle(id: $id) { status } }", Map.of("id", id));

        clock.set(now.plus(Duration.ofHours(2)));
        publisher.publishDue();

        assertThat(Articles.get(id).getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void concurrentPublishersPublishADueArticleExactlyOnce() throws Exception {
        Instant now = Instant.now();
        clock.set(now);
        String id = Articles.create("Exactly Once " + unique()).getString("id");
        publishAt(id, now.plus(Duration.ofMinutes(5)));
        clock.set(now.plus(Duration.ofMinutes(6)));

        List<Integer> published = runTogether(4, () -> publisher.publishDue());

        assertThat(published.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(1);
        JsonPath stored = Articles.get(id);
        assertThat(stored.getString("status")).isEqualTo("PUBLISHED");
        assertThat(stored.getList("revisions.editor").stream().filter(PublicationSchedule.SCHEDULER::equals)).hasSize(1);
    }

    @Test
    void concurrentEditorsWithTheSameVersionProduceExactlyOneWinnerPerRound() throws Exception {
        JsonPath created = Articles.create("Contested Story " + unique());
        String id = created.getString("id");
        int version = created.getInt("version");
        for (int round = 0; round < 3; round++) {
            int read = version;
            int currentRound = round;
            List<JsonPath> answers = runTogether(6, () -> Articles.update(id, read,
                    Articles.input("Round " + currentRound + " by " + Thread.currentThread().getName(), "<p>x</p>")));

            List<JsonPath> winners = answers.stream().filter(answer -> answer.getList("errors") == null).toList();
            assertThat(winners).as("round " + round).hasSize(1);
            assertThat(answers.stream().filter(answer -> answer.getList("errors") != null))
                    .allSatisfy(loser -> assertThat(GraphQL.errorCode(loser)).isEqualTo("CONFLICT"));
            JsonPath stored = Articles.get(id);
            assertThat(stored.getString("title")).isEqualTo(winners.get(0).getString("data.updateArticle.title"));
            version = stored.getInt("version");
            assertThat(version).isEqualTo(read + 1);
        }
        assertThat(Articles.get(id).getList("revisions")).hasSize(4);
    }

    private static <T> List<T> runTogether(int threads, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
