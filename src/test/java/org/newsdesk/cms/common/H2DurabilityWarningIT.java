package org.newsdesk.cms.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.cms.support.PackagedApp;

/**
 * A database URL given whole replaces the shipped one and its WRITE_DELAY=0; the
 * packaged application says so at start, naming the file, rather than losing
 * confirmed commits silently when it is killed.
 */
class H2DurabilityWarningIT {

    private static final String WARNING = "is opened without WRITE_DELAY=0";

    @TempDir
    Path folder;

    @Test
    void aFileUrlWithoutWriteDelayZeroIsNamedAtStart() throws Exception {
        assumeTrue(System.getenv("CMS_IT_JDBC_URL") == null, "the H2 build's file database");
        Path file = folder.resolve("delayed");
        try (PackagedApp app = PackagedApp.start(Map.of(), "-Dcms.import.on-start=false",
                "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + file + ";PAGE_SIZE=2048")) {
            assertThat(app.log()).contains("The H2 database file " + file + " " + WARNING);
        }
        try (PackagedApp app = PackagedApp.start(Map.of(), "-Dcms.import.on-start=false",
                "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + folder.resolve("durable") + ";WRITE_DELAY=0")) {
            assertThat(app.log()).doesNotContain(WARNING);
        }
    }
}
