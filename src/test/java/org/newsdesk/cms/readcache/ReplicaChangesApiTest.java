package org.newsdesk.cms.readcache;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.common.ChangeNotices;
import org.newsdesk.cms.support.Articles;
import org.newsdesk.cms.support.Documents;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.TestDatabase;

import io.quarkus.test.junit.QuarkusTest;

/**
 * On PostgreSQL, a change another replica commits reaches this replica's readers within
 * a second, long before the answer cache's TTL: the other replica is a connection of
 * its own that changes the row and sends the notice a replica sends on commit.
 */
@QuarkusTest
class ReplicaChangesApiTest {

    private static final String BY_ID = "query($id: ID) { article(id: $id) { title } }";

    @Test
    void anEditCommittedByAnotherReplicaIsSeenWithinASecond() throws Exception {
        String url = TestDatabase.assumePostgres("an embedded database has one process");
        String title = "Before the other replica " + Documents.unique();
        String id = Articles.publish(Articles.create(title).getString("id")).getString("id");
        assertThat(anonymous(id)).isEqualTo(title);
        assertThat(anonymous(id)).isEqualTo(title); // remembered now

        try (Connection otherReplica = DriverManager.getConnection(url, System.getenv("CMS_TEST_DB_USERNAME"),
                System.getenv("CMS_TEST_DB_PASSWORD"))) {
            otherReplica.setAutoCommit(false);
            try (PreparedStatement update = otherReplica.prepareStatement("update article set title = ? where id = ?");
                    PreparedStatement notice = otherReplica.prepareStatement("select pg_notify(?, ?)")) {
                update.setString(1, title + " (edited elsewhere)");
                update.setLong(2, Long.parseLong(id));
                update.executeUpdate();
                notice.setString(1, ChangeNotices.CHANNEL);
                notice.setString(2, "article:" + id + " list:articles");
                notice.executeQuery().close();
            }
            otherReplica.commit();
        }
        Instant committed = Instant.now();
        while (!anonymous(id).equals(title + " (edited elsewhere)")) {
            assertThat(Duration.between(committed, Instant.now())).as("seen within 1 s (the cache's TTL is 5 s)")
                    .isLessThan(Duration.ofSeconds(1));
            Thread.sleep(20);
        }
    }

    private static String anonymous(String id) {
        return GraphQL.anonymous().data(BY_ID, Map.of("id", id)).getString("data.article.title");
    }
}
