package org.newsdesk.cms.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.PackagedApp;

import io.restassured.path.json.JsonPath;

/**
 * The H2 build keeps its search index on disk beside an H2 file database: a restart
 * opens it and catches up with what changed while it was closed (an import by the
 * command line), or was lost when the process died before the index's commit (an
 * edit, a deletion), instead of reading every article again; a damaged index is
 * built again. Each step is checked by searching the packaged application.
 */
class SearchIndexOnDiskIT {

    private static final String CREATE = "mutation($in: ArticleInput!) { createArticle(input: $in) { id version } }";
    private static final String SEARCH = "query($q: String!) { searchArticles(query: $q, first: 10) {"
            + " edges { node { id title } } } }";

    @TempDir
    Path folder;

    private List<String> options() {
        // As application.properties has it, durable on every commit (H2's WRITE_DELAY=0).
        return List.of("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + folder.resolve("cms") + ";WRITE_DELAY=0",
                "-Dcms.import.on-start=false",
                "-Dquarkus.security.users.embedded.users.editor=" + GraphQL.EDITOR_PASSWORD,
                "-Dquarkus.security.users.embedded.roles.editor=editor",
                // Nothing made durable by the timer: what a crash loses is the catch-up's to find.
                "-Dcms.search.index-commit-every=1h");
    }

    private PackagedApp start() throws IOException, InterruptedException {
        return PackagedApp.start(Map.of(), options().toArray(String[]::new));
    }

    @Test
    void aRestartCatchesUpWithWhatChangedWhileTheIndexWasClosed() throws Exception {
        assumeTrue(System.getenv("CMS_IT_JDBC_URL") == null, "the search index on disk is the H2 build's");
        Created harbour;
        Created quetzal;
        try (PackagedApp app = start()) {
            assertThat(app.log()).contains("Search index built: 0 articles");
            GraphQL editor = GraphQL.editor().at(app.baseUrl());
            harbour = create(editor, "Zanzibar harbour reopens after the storm");
            quetzal = create(editor, "Quetzal sightings rise in the cloud forest");
            assertThat(titlesFound(editor, "zanzibar")).containsExactly("Zanzibar harbour reopens after the storm");
        }
        assertThat(folder.resolve("cms.search")).isDirectory();

        importTheSeed();

        try (PackagedApp app = start()) {
            assertThat(app.log()).contains("Search index caught up (articles current: 2, indexed again: 1, removed: 0)");
            GraphQL editor = GraphQL.editor().at(app.baseUrl());
            assertThat(titlesFound(editor, "zanzibar")).containsExactly("Zanzibar harbour reopens after the storm");
            assertThat(titlesFound(editor, "quetzal")).hasSize(1);
            assertThat(titlesFound(editor, seedWord())).as("the imported seed").hasSize(1);

            editor.data("mutation($id: ID!, $v: Int!, $in: ArticleInput!) {"
                    + " updateArticle(id: $id, expectedVersion: $v, input: $in) { id } }",
                    Map.of("id", harbour.id(), "v", harbour.version(), "in", Map.of("title", "Pemba harbour reopens after the storm",
                            "body", "<p>Boats are back.</p>")));
            editor.data("mutation($id: ID!) { deleteArticle(id: $id) }", Map.of("id", quetzal.id()));
            assertThat(titlesFound(editor, "pemba")).hasSize(1);
            app.kill(); // before any commit of the index: the edit and the deletion are only in the database
        }

        try (PackagedApp app = start()) {
            assertThat(app.log()).contains("Search index caught up (articles current: 1, indexed again: 1, removed: 1)");
            GraphQL editor = GraphQL.editor().at(app.baseUrl());
            assertThat(titlesFound(editor, "pemba")).containsExactly("Pemba harbour reopens after the storm");
            assertThat(titlesFound(editor, "zanzibar")).isEmpty();
            assertThat(titlesFound(editor, "quetzal")).isEmpty();
        }

        damageTheIndex();

        try (PackagedApp app = start()) {
            assertThat(app.log()).contains("Search index built: 2 articles");
            GraphQL editor = GraphQL.editor().at(app.baseUrl());
            assertThat(titlesFound(editor, "pemba")).containsExactly("Pemba harbour reopens after the storm");
            assertThat(titlesFound(editor, seedWord())).hasSize(1);
        }
    }

    private record Created(String id, int version) {
    }

    private static Created create(GraphQL editor, String title) {
        JsonPath created = editor.data(CREATE, Map.of("in", Map.of("title", title, "body", "<p>" + title + ".</p>")));
        return new Created(created.getString("data.createArticle.id"), created.getInt("data.createArticle.version"));
    }

    private static List<String> titlesFound(GraphQL editor, String words) {
        return editor.data(SEARCH, Map.of("q", words)).getList("data.searchArticles.edges.node.title");
    }

    /** A word of the seed's title that none of this test's own articles has. */
    private static String seedWord() {
        return "Beijing";
    }

    /** The command-line import, into the same database while the application is stopped. */
    private void importTheSeed() throws IOException, InterruptedException {
        Path documents = Files.createDirectories(folder.resolve("documents"));
        Files.copy(Path.of("seeds/000_206c6819273345cd.txt"), documents.resolve("000_206c6819273345cd.txt"));
        List<String> command = new ArrayList<>(PackagedApp.launcher(options()));
        command.addAll(List.of("import", documents.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("import.log").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(folder.resolve("import.log"))).isZero();
    }

    /** Overwrites the index's commit point with garbage, as a failing disk might. */
    private void damageTheIndex() throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("cms.search"))) {
            for (Path file : files.filter(path -> path.getFileName().toString().startsWith("segments_")).toList()) {
                Files.writeString(file, "not an index", StandardCharsets.UTF_8);
            }
        }
    }
}
