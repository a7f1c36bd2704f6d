package org.newsdesk.cms.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.cms.support.Documents;
import org.newsdesk.cms.support.PackagedApp;

/**
 * A command-line import stopped with SIGTERM (what Kubernetes sends) finishes the
 * document in hand, records its run and exits; run again, it picks up where it
 * stopped: every document ends up imported exactly once.
 */
class ImportShutdownIT {

    private static final int DOCUMENTS = 400;
    private static final Pattern SUMMARY = Pattern.compile(
            "Import run \\d+: (\\d+) created, (\\d+) updated, (\\d+) unchanged, (\\d+) failed");

    @Test
    void stoppedImportLosesNothingAndDuplicatesNothing(@TempDir Path work) throws Exception {
        Path folder = Files.createDirectory(work.resolve("documents"));
        String batch = Documents.unique();
        for (int i = 0; i < DOCUMENTS; i++) {
            Files.writeString(folder.resolve(String.format("%04d.md", i)), Documents.markdown("Shutdown Story " + i + " " + batch)
                    .url("https://www.example-news.org/shutdown/" + batch + "/" + i).build(), StandardCharsets.UTF_8);
        }
        List<String> options = new ArrayList<>(List.of("-Dcms.import.progress-every=25"));
        if (System.getenv("CMS_IT_JDBC_URL") == null) {
            // On H2, a file database the two runs share (on PostgreSQL they share the test database).
            options.add("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + work.resolve("db").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
        }

        Path firstLog = work.resolve("first.log");
        Process first = start(options, folder, firstLog);
        awaitText(firstLog, "25 of " + DOCUMENTS + " documents done", first);
        first.destroy(); // SIGTERM
        assertThat(first.waitFor(40, TimeUnit.SECONDS)).as("stopped within the grace period").isTrue();
        String firstOutput = Files.readString(firstLog);
        assertThat(firstOutput).contains("stopped by shutdown after");
        long committedFirst = firstOutput.lines().filter(line -> line.startsWith("CREATED ")).count();
        assertThat(committedFirst).isBetween(25L, (long) DOCUMENTS - 1);

        Path secondLog = work.resolve("second.log");
        Process second = start(options, folder, secondLog);
        assertThat(second.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String secondOutput = Files.readString(secondLog);
        assertThat(second.exitValue()).as(secondOutput).isZero();
        Matcher summary = SUMMARY.matcher(secondOutput);
        assertThat(summary.find()).as(secondOutput).isTrue();
        int created = Integer.parseInt(summary.group(1));
        int unchanged = Integer.parseInt(summary.group(3));
        assertThat(unchanged).as("documents the first run committed").isEqualTo(committedFirst);
        assertThat(created + unchanged).isEqualTo(DOCUMENTS);
        assertThat(Integer.parseInt(summary.group(2)) + Integer.parseInt(summary.group(4))).isZero();
    }

    private static Process start(List<String> options, Path folder, Path log) throws IOException {
        List<String> command = new ArrayList<>(PackagedApp.launcher(options));
        command.addAll(List.of("import", folder.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitText(Path log, String text, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Files.readString(log).contains(text)) {
                return;
            }
            assertThat(process.isAlive()).as("import still running: " + Files.readString(log)).isTrue();
            Thread.sleep(50);
        }
        throw new AssertionError("never saw '" + text + "': " + Files.readString(log));
    }
}
