package org.newsdesk.cms.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the packaged jar the way the acceptance check does: in-memory H2, the
 * seeds imported on start, plus the test accounts (the prod profile has none).
 */
public class PackagedAppConfig implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:packaged;DB_CLOSE_DELAY=-1",
                "cms.import.dir", "seeds",
                "cms.import.on-start", "true",
                "quarkus.security.users.embedded.users.editor", GraphQL.EDITOR_PASSWORD,
                "quarkus.security.users.embedded.roles.editor", "editor",
                "quarkus.security.users.embedded.users.reader", GraphQL.READER_PASSWORD,
                "quarkus.security.users.embedded.roles.reader", "reader");
    }

    @Override
    public void stop() {
        // the launched application owns its in-memory database
    }
}
