package org.newsdesk.cms.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the packaged jar the way the acceptance check does: in-memory H2 (or the
 * PostgreSQL database scripts/test-postgres.sh provides), the seeds imported on
 * start, plus the test accounts (the prod profile has none).
 */
public class PackagedAppConfig implements QuarkusTestResourceLifecycleManager {

    /** Connection settings for the packaged application under test, as -D options. */
    public static Map<String, String> database() {
        String url = System.getenv("CMS_IT_JDBC_URL");
        if (url == null) {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:packaged;DB_CLOSE_DELAY=-1");
        }
        return Map.of("quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", System.getenv("CMS_IT_DB_USERNAME"),
                "quarkus.datasource.password", System.getenv("CMS_IT_DB_PASSWORD"));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new java.util.HashMap<>(database());
        config.putAll(Map.of(
                "quarkus.http.host", "127.0.0.1", // never listen beyond this machine in tests
                "cms.import.dir", "seeds",
                "cms.import.on-start", "true",
                "quarkus.security.users.embedded.users.editor", GraphQL.EDITOR_PASSWORD,
                "quarkus.security.users.embedded.roles.editor", "editor",
                "quarkus.security.users.embedded.users.reader", GraphQL.READER_PASSWORD,
                "quarkus.security.users.embedded.roles.reader", "reader"));
        return config;
    }

    @Override
    public void stop() {
        // the launched application owns its in-memory database
    }
}
