package org.newsdesk.cms.support;

import org.junit.jupiter.api.Assumptions;

/** Which database the test run uses: in-memory H2, or PostgreSQL (scripts/test-postgres.sh). */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** The PostgreSQL URL the tests run against; skips the test, saying {@code why}, on H2. */
    public static String assumePostgres(String why) {
        String url = System.getenv("CMS_TEST_JDBC_URL");
        Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "PostgreSQL only: " + why);
        return url;
    }
}
