package org.newsdesk.cms.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.cms.support.PackagedApp;

/**
 * {@code java -jar target/quarkus-app/quarkus-run.jar import DIR} (or the native
 * binary's {@code import DIR}), run as a real process: the report and the exit codes of
 * the contract (0 all imported, 2 some failed, 1 could not run), for one folder or several.
 */
class ImportCommandIT {

    private static final Path SEED = Path.of("seeds/000_206c6819273345cd.txt");

    /**
     * The seed under its own name, with a canonical URL no other run used: on a
     * shared PostgreSQL database it is still a new article.
     */
    private static void copySeed(Path folder) throws IOException {
        String seed = Files.readString(SEED, StandardCharsets.UTF_8)
                .replace("-a90401>", "-a90401-" + System.nanoTime() + ">");
        Files.writeString(folder.resolve(SEED.getFileName()), seed, StandardCharsets.UTF_8);
    }

    record Outcome(int exitCode, String stdout, String stderr) {
    }

    private static Outcome runImport(Path folder, String... options) throws IOException, InterruptedException {
        return runImport(List.of(folder), options);
    }

    private static Outcome runImport(List<Path> folders, String... options) throws IOException, InterruptedException {
        Path out = Files.createTempFile("import-out", ".txt");
        Path err = Files.createTempFile("import-err", ".txt");
        List<String> command = new java.util.ArrayList<>(PackagedApp.launcher(List.of(options)));
        command.add("import");
        folders.forEach(folder -> command.add(folder.toString()));
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("import finished in time").isTrue();
        return new Outcome(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void goodFolderExitsZeroWithAReport(@TempDir Path folder) throws Exception {
        copySeed(folder);

        Outcome outcome = runImport(folder);

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        assertThat(outcome.stdout()).contains("CREATED    000_206c6819273345cd.txt")
                .contains("1 created, 0 updated, 0 unchanged, 0 failed");
        // On PostgreSQL the replica-change listener holds a connection: it closes it before the pool does.
        assertThat(outcome.stderr()).doesNotContain("This connection has been closed");
    }

    @Test
    void folderWithABadDocumentExitsTwoAndImportsTheRest(@TempDir Path folder) throws Exception {
        copySeed(folder);
        Files.writeString(folder.resolve("broken.md"), "no title, no date", StandardCharsets.UTF_8);
        Files.write(folder.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0});

        Outcome outcome = runImport(folder, "-Dcms.import.progress-every=2");

        assertThat(outcome.exitCode()).as(outcome.stderr()).isEqualTo(ImportCommand.EXIT_SOME_FAILED);
        assertThat(outcome.stderr()).contains("2 of 3 documents done (1 failed)")
                .contains("finished: 3 documents: 1 created, 0 updated, 0 unchanged, 2 failed");
        assertThat(outcome.stdout()).contains("FAILED     broken.md: no title")
                .contains("FAILED     binary.txt: not a text document")
                .contains("1 created, 0 updated, 0 unchanged, 2 failed");
    }

    @Test
    void missingFolderExitsOne(@TempDir Path parent) throws Exception {
        Outcome outcome = runImport(parent.resolve("does-not-exist"));

        assertThat(outcome.exitCode()).isEqualTo(ImportCommand.EXIT_CANNOT_RUN);
        assertThat(outcome.stderr()).contains("does-not-exist").contains("does not exist");
    }

    @Test
    void severalFoldersAreImportedInTurnAndTheWorstOutcomeIsTheExitCode(@TempDir Path parent) throws Exception {
        Path good = Files.createDirectory(parent.resolve("good"));
        copySeed(good);
        Path withABadDocument = Files.createDirectory(parent.resolve("with-a-bad-document"));
        Files.writeString(withABadDocument.resolve("broken.md"), "no title, no date", StandardCharsets.UTF_8);

        Outcome someFailed = runImport(List.of(good, withABadDocument));

        assertThat(someFailed.exitCode()).as(someFailed.stderr()).isEqualTo(ImportCommand.EXIT_SOME_FAILED);
        assertThat(someFailed.stdout()).containsSubsequence(
                "CREATED    000_206c6819273345cd.txt", "1 created, 0 updated, 0 unchanged, 0 failed",
                "FAILED     broken.md: no title", "0 created, 0 updated, 0 unchanged, 1 failed");

        // A folder that cannot be imported outranks failed documents, and the others are still imported.
        Path another = Files.createDirectory(parent.resolve("another"));
        copySeed(another);
        Outcome cannotRun = runImport(List.of(parent.resolve("missing"), withABadDocument, another));

        assertThat(cannotRun.exitCode()).isEqualTo(ImportCommand.EXIT_CANNOT_RUN);
        assertThat(cannotRun.stderr()).contains("missing").contains("does not exist");
        assertThat(cannotRun.stdout()).contains("FAILED     broken.md").contains("1 created, 0 updated, 0 unchanged, 0 failed");
    }
}
