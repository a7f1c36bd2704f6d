package org.newsdesk.cms.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.cms.support.Documents;
import org.newsdesk.cms.support.PackagedApp;

/**
 * A command-line import interrupted halfway, run again, ends with every document
 * imported exactly once. Stopped with SIGTERM (what Kubernetes sends) it finishes
 * the document in hand, records its run and exits; killed with SIGKILL (the OOM
 * killer, a lost node) it gets no say, and one transaction per document is what
 * keeps the database whole.
 */
class ImportInterruptionIT {

    // Enough that the import is still running when the signal lands (it stores 200 a transaction).
    private static final int DOCUMENTS = 2000;
    private static final Pattern SUMMARY = Pattern.compile(
            "Import run \\d+: (\\d+) created, (\\d+) updated, (\\d+) unchanged, (\\d+) failed");

    @Test
    void stoppedImportLosesNothingAndDuplicatesNothing(@TempDir Path work) throws Exception {
        Interrupted first = importUntilInterrupted(work, Process::destroy); // SIGTERM
        assertThat(first.output()).contains("stopped by shutdown after");
        Summary rerun = importAgain(work);
        assertThat(rerun.unchanged()).as("documents the first run committed").isEqualTo(first.reportedCommitted());
        assertThat(rerun.created() + rerun.unchanged()).isEqualTo(DOCUMENTS);
        assertThat(rerun.updated() + rerun.failed()).isZero();
    }

    @Test
    void killedImportLosesNothingAndDuplicatesNothing(@TempDir Path work) throws Exception {
        Interrupted first = importUntilInterrupted(work, Process::destroyForcibly); // SIGKILL
        assertThat(first.output()).doesNotContain("stopped by shutdown after");
        Summary rerun = importAgain(work);
        // A batch may have committed in the instant before all its lines were printed.
        assertThat(rerun.unchanged()).as("documents the first run committed")
                .isBetween(first.reportedCommitted(), first.reportedCommitted() + ImportJob.BATCH_SIZE);
        assertThat(rerun.created() + rerun.unchanged()).isEqualTo(DOCUMENTS);
        assertThat(rerun.updated() + rerun.failed()).isZero();
    }

    private record Interrupted(String output, int reportedCommitted) {
    }

    private record Summary(int created, int updated, int unchanged, int failed) {
    }

    private static Interrupted importUntilInterrupted(Path work, Consumer<Process> interrupt) throws Exception {
        Path folder = Files.createDirectory(work.resolve("documents"));
        String batch = Documents.unique();
        for (int i = 0; i < DOCUMENTS; i++) {
            Files.writeString(folder.resolve(String.format("%04d.md", i)), Documents.markdown("Interrupted Story " + i + " " + batch)
                    .url("https://www.example-news.org/interrupted/" + batch + "/" + i).build(), StandardCharsets.UTF_8);
        }
        Path log = work.resolve("first.log");
        Process first = start(work, log);
        awaitText(log, "25 of " + DOCUMENTS + " documents done", first);
        interrupt.accept(first);
        assertThat(first.waitFor(40, TimeUnit.SECONDS)).as("stopped within the grace period").isTrue();
        String output = Files.readString(log);
        int committed = (int) output.lines().filter(line -> line.startsWith("CREATED ")).count();
        assertThat(committed).isBetween(25, DOCUMENTS - 1);
        return new Interrupted(output, committed);
    }

    private static Summary importAgain(Path work) throws Exception {
        Path log = work.resolve("second.log");
        Process second = start(work, log);
        assertThat(second.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log);
        assertThat(second.exitValue()).as(output).isZero();
        Matcher summary = SUMMARY.matcher(output);
        assertThat(summary.find()).as(output).isTrue();
        return new Summary(Integer.parseInt(summary.group(1)), Integer.parseInt(summary.group(2)),
                Integer.parseInt(summary.group(3)), Integer.parseInt(summary.group(4)));
    }

    private static Process start(Path work, Path log) throws IOException {
        List<String> options = new ArrayList<>(List.of("-Dcms.import.progress-every=25"));
        if (System.getenv("CMS_IT_JDBC_URL") == null) {
            // On H2, the packaged jar's own file database, in a folder the two runs share
            // (on PostgreSQL they share the test database).
            options.add("-Dquarkus.datasource.jdbc.url=" + defaultJdbcUrl());
            options.add("-Dcms.h2.file=" + work.resolve("db").toAbsolutePath());
        }
        List<String> command = new ArrayList<>(PackagedApp.launcher(options));
        command.addAll(List.of("import", work.resolve("documents").toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The URL the packaged jar uses when nothing overrides it (the test harness does, with in-memory H2). */
    private static String defaultJdbcUrl() throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties.getProperty("quarkus.datasource.jdbc.url");
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
