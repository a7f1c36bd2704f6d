package org.newsdesk.cms.article.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.support.Documents.unique;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.common.StartTasks;
import org.newsdesk.cms.support.Articles;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Rows from before body_text existed get their plain text on start; once filled, that
 * is recorded and later starts no longer look for such rows.
 */
@QuarkusTest
class BodyTextBackfillTest {

    @Inject
    BodyTextBackfill backfill;

    @Inject
    EntityManager em;

    @Inject
    StartTasks tasks;

    @Test
    void fillsThePlainTextOfRowsWithoutItAndRecordsThatItIsDone() {
        assertThat(tasks.done(BodyTextBackfill.TASK)).as("this test run's start did it").isTrue();
        long id = anArticleWithoutBodyText();
        int versionBefore = version(id);
        forgetThatTheTaskIsDone();

        backfill.onStart(null);

        assertThat(bodyText(id)).isEqualTo("Plain text & more.\n\nSecond.");
        assertThat(version(id)).as("filling is not an edit").isEqualTo(versionBefore);
        assertThat(tasks.done(BodyTextBackfill.TASK)).isTrue();
    }

    @Test
    void aStartAfterTheTaskIsDoneDoesNotLookForRowsWithoutText() {
        long id = anArticleWithoutBodyText();
        try {
            backfill.onStart(null);

            assertThat(bodyText(id)).as("not looked for: no write leaves the column empty").isNull();
        } finally {
            forgetThatTheTaskIsDone();
            backfill.onStart(null);
        }
        assertThat(bodyText(id)).isEqualTo("Plain text & more.\n\nSecond.");
    }

    @Test
    void recordingTheTaskTwiceIsNoError() {
        tasks.markDone(BodyTextBackfill.TASK);
        tasks.markDone(BodyTextBackfill.TASK);

        assertThat(tasks.done(BodyTextBackfill.TASK)).isTrue();
        assertThat(tasks.done("no-such-task")).isFalse();
    }

    private long anArticleWithoutBodyText() {
        long id = Long.parseLong(Articles.create(
                Articles.input("Backfilled " + unique(), "<p>Plain <b>text</b> &amp; more.</p><p>Second.</p>")).getString("id"));
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update article set body_text = null where id = :id").setParameter("id", id)
                .executeUpdate());
        return id;
    }

    private void forgetThatTheTaskIsDone() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from start_task_done where name = :name")
                .setParameter("name", BodyTextBackfill.TASK).executeUpdate());
    }

    private Object bodyText(long id) {
        return QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select body_text from article where id = :id").setParameter("id", id).getSingleResult());
    }

    private int version(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select version from article where id = :id").setParameter("id", id).getSingleResult())
                .intValue());
    }
}
