package org.newsdesk.cms.article.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.support.Documents.unique;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.Articles;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Rows from before body_text existed get their plain text on start. */
@QuarkusTest
class BodyTextBackfillTest {

    @Inject
    BodyTextBackfill backfill;

    @Inject
    EntityManager em;

    @Test
    void fillsThePlainTextOfRowsWithoutIt() {
        long id = Long.parseLong(Articles.create(
                Articles.input("Backfilled " + unique(), "<p>Plain <b>text</b> &amp; more.</p><p>Second.</p>")).getString("id"));
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update article set body_text = null where id = :id").setParameter("id", id)
                .executeUpdate());
        int versionBefore = version(id);

        backfill.onStart(null);

        assertThat(QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select body_text from article where id = :id").setParameter("id", id).getSingleResult()))
                .isEqualTo("Plain text & more.\n\nSecond.");
        assertThat(version(id)).as("filling is not an edit").isEqualTo(versionBefore);
    }

    private int version(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select version from article where id = :id").setParameter("id", id).getSingleResult())
                .intValue());
    }
}
