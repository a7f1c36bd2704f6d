package org.newsdesk.cms.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.support.Documents.markdown;
import static org.newsdesk.cms.support.Documents.unique;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.cms.importer.document.HostileDocuments;
import org.newsdesk.cms.importer.document.HostileDocuments.Document;
import org.newsdesk.cms.importer.document.TestDocuments;
import org.newsdesk.cms.support.Documents;
import org.newsdesk.cms.support.GraphQL;
import org.newsdesk.cms.support.Imports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The hostile corpus and generated extremes through the real import path: files through
 * the import job's folder run, text through the importDocument mutation, read back through
 * GraphQL. A document is imported with its text and without its hostile parts, or FAILED
 * with a reason and nothing of it stored: no article, author, source, link or revision.
 */
@QuarkusTest
class HostileImportTest {

    private static final String STORED_ARTICLE = """
            query($id: ID) { article(id: $id) {
              title slug excerpt html: body text: body(format: TEXT) markdown: body(format: MARKDOWN)
              authors { name } source { domain } related { title } image { caption credit url }
            } }""";

    @Inject
    ImportJob job;

    /** Imports the documents as one folder run, each under a name and addresses of its own; items by corpus name. */
    private Map<String, ImportItem> importFolder(List<Document> documents) {
        String run = unique();
        try {
            Path folder = Files.createTempDirectory("hostile-import");
            for (Document document : documents) {
                Document own = HostileDocuments.withUniqueAddresses(document, run);
                Files.write(folder.resolve(own.fileName()), own.bytes());
            }
            List<ImportItem> items = new ArrayList<>();
            job.importFolder(folder, ImportTrigger.RUN_IMPORT, items::add);
            assertThat(items).hasSameSizeAs(documents);
            return items.stream().collect(Collectors.toMap(item -> item.file.substring(run.length() + 1), Function.identity()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportItem importFile(String corpusFile) {
        return importFolder(List.of(HostileDocuments.corpus(corpusFile))).get(corpusFile);
    }

    private static JsonPath storedArticle(Object id) {
        return GraphQL.editor().data(STORED_ARTICLE, Map.of("id", String.valueOf(id))).setRootPath("data.article");
    }

    private static void assertFailedAndNothingStored(String status, String error, Object article, String reason,
            StoredRows before) {
        assertThat(status).isEqualTo("FAILED");
        assertThat(error).contains(reason).doesNotContain("Exception", "server error");
        assertThat(article).isNull();
        assertThat(StoredRows.count()).isEqualTo(before);
    }

    /** What a reader gets: the expected text, and no active content in any format. */
    private static void assertImportedSafely(JsonPath stored, String title, List<String> blocks) {
        assertThat(stored.getString("title")).isEqualTo(title);
        assertThat(stored.getString("text")).isEqualTo(String.join("\n\n", blocks));
        HostileDocuments.assertSafeBody(stored.getString("html"));
        assertThat(stored.getString("html")).doesNotContainIgnoringCase("javascript:").doesNotContainIgnoringCase("data:")
                .doesNotContain("<script", "<style", "<iframe", "<object", "<svg", "evil.example", "alert(", "onclick",
                        "onerror", "onload", "onmouseover");
        assertThat(stored.getString("markdown")).doesNotContainIgnoringCase("javascript:")
                .doesNotContain("<script", "evil.example");
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @MethodSource("org.newsdesk.cms.importer.document.HostileDocuments#refused")
    void hostileFileFailsWithItsReasonAndStoresNothing(String fileName, String reason) {
        StoredRows before = StoredRows.count();

        ImportItem item = importFile(fileName);

        assertFailedAndNothingStored(item.status.name(), item.error, item.articleId, reason, before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.newsdesk.cms.importer.document.HostileDocuments#readable")
    void hostileFileIsImportedWithItsTextAndWithoutItsHostileParts(String fileName, String title, List<String> blocks) {
        ImportItem item = importFile(fileName);

        assertThat(item.status).as(item.error).isEqualTo(ImportStatus.CREATED);
        assertImportedSafely(storedArticle(item.articleId), title, blocks);
    }

    @Test
    void aRunOfHostileAndGoodDocumentsImportsEveryGoodOne() throws IOException {
        List<Document> documents = new ArrayList<>();
        HostileDocuments.corpusFiles().forEach(name -> documents.add(HostileDocuments.corpus(name)));
        List<String> good = List.of("inline-markup.md", "two-related.md", "full-page.html", "json-ld-page.html");
        good.forEach(name -> documents.add(new Document(name, TestDocuments.bytes(name))));
        documents.add(new Document("000_seed.txt", Files.readAllBytes(Path.of("seeds", "000_206c6819273345cd.txt"))));

        Map<String, ImportItem> items = importFolder(documents);

        Stream.concat(good.stream(), Stream.of("000_seed.txt")).forEach(name ->
                assertThat(items.get(name).status).as(name + ": " + items.get(name).error).isEqualTo(ImportStatus.CREATED));
        HostileDocuments.readable().forEach(arguments -> {
            ImportItem item = items.get((String) arguments.get()[0]);
            assertThat(item.status).as(item.file + ": " + item.error).isEqualTo(ImportStatus.CREATED);
        });
        HostileDocuments.refused().forEach(arguments -> {
            ImportItem item = items.get((String) arguments.get()[0]);
            assertThat(item.status).as(item.file).isEqualTo(ImportStatus.FAILED);
            assertThat(item.error).as(item.file).contains((String) arguments.get()[1]);
        });
        JsonPath run = GraphQL.editor().data("{ importRuns(first: 1) { created failed } }").setRootPath("data.importRuns[0]");
        assertThat(run.getInt("failed")).isEqualTo(HostileDocuments.refused().count());
        assertThat(run.getInt("created")).isEqualTo(documents.size() - HostileDocuments.refused().count());
    }

    /** An article's file column has the item's limit: the end of the path is kept on both. */
    @Test
    void aDocumentDeepInFoldersIsImportedAndKnownAgain() throws IOException {
        Path folder = Files.createTempDirectory("deep-import");
        Path deep = folder;
        for (int i = 0; i < 6; i++) {
            deep = deep.resolve(i + "-" + "folder".repeat(33));
        }
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("story.md"), markdown("Deep In Folders " + unique()).paragraph("Text.").build());
        assertThat(folder.relativize(deep.resolve("story.md")).toString()).hasSizeGreaterThan(ImportItem.MAX_FILE_LENGTH);

        List<ImportItem> first = new ArrayList<>();
        job.importFolder(folder, ImportTrigger.RUN_IMPORT, first::add);
        List<ImportItem> again = new ArrayList<>();
        job.importFolder(folder, ImportTrigger.RUN_IMPORT, again::add);

        assertThat(first).singleElement().satisfies(item -> {
            assertThat(item.status).as(item.error).isEqualTo(ImportStatus.CREATED);
            assertThat(item.file).endsWith("/story.md").hasSize(ImportItem.MAX_FILE_LENGTH);
        });
        assertThat(again).singleElement().satisfies(item -> {
            assertThat(item.status).as(item.error).isEqualTo(ImportStatus.UNCHANGED);
            assertThat(item.articleId).isEqualTo(first.get(0).articleId);
        });
    }

    // --- Generated documents, sent as text through the importDocument mutation -------------------

    /** A document whose failure would show in every table an import writes, had it written any. */
    private static Documents.Builder traceable(String title) {
        String trace = unique();
        return markdown(title).byline("By [Trace Author " + trace + "](#)").url("https://trace-" + trace + ".example/story")
                .paragraph("Text.").related("Trace Link " + trace).paragraph("More text.");
    }

    private static void assertFailsAndStoresNothing(String fileName, String document, String reason) {
        StoredRows before = StoredRows.count();
        JsonPath item = Imports.importDocument(fileName, document);
        assertFailedAndNothingStored(item.getString("status"), item.getString("error"), item.get("article"), reason, before);
    }

    @Test
    void titleOverTheStoreLimitFailsAndStoresNothing() {
        assertFailsAndStoresNothing("long-title.md", traceable("Endless Headline " + "x".repeat(600)).build(),
                "the title is 617 characters long; the limit is 500");
    }

    @Test
    void bodyOverTheStoreLimitFailsAndStoresNothing() {
        String page = "<html><head><meta property=\"og:title\" content=\"Transcript " + unique() + "\">"
                + "<meta property=\"article:published_time\" content=\"2025-05-01\"></head><body><article>"
                + "<p>word word word word word word word word</p>".repeat(25_000) + "</article></body></html>";
        assertFailsAndStoresNothing("transcript.html", page, "characters long once cleaned; the limit is 1,000,000");
    }

    @Test
    void captionOverTheStoreLimitFailsAndStoresNothing() {
        String document = traceable("Long Caption " + unique()).build().replace("\n\n\n\n",
                "\n\n![A picture](https://img.example/p.jpg) " + "Caption words. ".repeat(200) + "\n\n");
        assertFailsAndStoresNothing("long-caption.md", document, "characters long; the limit is 2,000");
    }

    @Test
    void creditOverTheStoreLimitFailsAndStoresNothing() {
        String document = traceable("Long Credit " + unique()).build().replace("\n\n\n\n",
                "\n\nA short caption. **" + "Agency ".repeat(100).strip() + "**\n\n");
        assertFailsAndStoresNothing("long-credit.md", document, "the picture's credit is 699 characters long");
    }

    @Test
    void relatedTitleOverTheStoreLimitFailsAndStoresNothing() {
        String document = traceable("Long Related Title " + unique()).related("Linked ".repeat(100).strip()).build();
        assertFailsAndStoresNothing("long-related.md", document, "the related article title 'Linked Linked");
    }

    @Test
    void namesThatAreOneAuthorAreBylinedOnce() {
        String name = "Ann Lee " + unique();
        JsonPath item = Imports.importDocument("twice.md", markdown("One Author Twice " + unique())
                .byline("By [" + name + "](#), [" + name.replace(' ', '-') + "](#) and [" + name.toUpperCase() + "](#)")
                .build());

        assertThat(storedArticle(item.getString("article.id")).getList("authors.name")).containsExactly(name);
    }

    @Test
    void endlessLineIsImportedWhole() {
        String line = "word ".repeat(180_000).strip();
        JsonPath item = Imports.importDocument("endless.md", markdown("Endless Line " + unique()).paragraph(line).build());

        assertThat(item.getString("status")).isEqualTo("CREATED");
        assertThat(storedArticle(item.getString("article.id")).getString("text")).isEqualTo(line);
    }

    @Test
    void deeplyNestedDocumentsAreImportedWithTheirText() {
        String page = "<html><head><meta property=\"og:title\" content=\"Deep Page " + unique() + "\">"
                + "<meta property=\"article:published_time\" content=\"2025-05-01\"></head><body><article>"
                + "<p>Before the depths.</p>" + "<blockquote>".repeat(HostileDocuments.DEEP)
                + "<p>At the bottom.</p></article></body></html>";
        String markdown = markdown("Deep Document " + unique()).paragraph("Before the depths.")
                .paragraph("> ".repeat(HostileDocuments.DEEP) + "At the bottom.").build();

        for (JsonPath item : List.of(Imports.importDocument("deep.html", page), Imports.importDocument("deep.md", markdown))) {
            assertThat(item.getString("status")).as(item.getString("error")).isEqualTo("CREATED");
            JsonPath stored = storedArticle(item.getString("article.id"));
            HostileDocuments.assertSafeBody(stored.getString("html"));
            assertThat(stored.getString("text")).startsWith("Before the depths.").contains("At the bottom.");
            assertThat(stored.getString("markdown")).contains("At the bottom.");
        }
    }

    @Test
    void absurdlyLongTitlesGiveWholeSlugsOfAtMostAHundredCharacters() {
        String letters = "Word" + "a".repeat(480);
        // U+20000, a CJK letter outside the BMP: two chars each in Java, and an odd cut after the "a".
        String supplementary = "a" + "𠀀".repeat(150);
        Map<String, String> slugPrefixes = Map.of(letters, "word" + "a".repeat(96), supplementary, "a" + "𠀀".repeat(49));
        slugPrefixes.forEach((title, slug) -> {
            JsonPath item = Imports.importDocument("long-slug.md", markdown(title).build());

            assertThat(item.getString("status")).isEqualTo("CREATED");
            assertThat(item.getString("article.slug")).startsWith(slug); // a "-2" may follow when run again
            assertThat(storedArticle(item.getString("article.id")).getString("title")).isEqualTo(title);
        });
    }

    @Test
    void excerptOfTextWithoutSpacesKeepsWholeCharacters() {
        String emoji = "😀".repeat(400); // no space to cut at, two chars each
        JsonPath item = Imports.importDocument("emoji.md", markdown("Emoji Story " + unique()).paragraph(emoji).build());

        assertThat(storedArticle(item.getString("article.id")).getString("excerpt")).isEqualTo("😀".repeat(139) + "…");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"../../etc/passwd.md", "名前 with spaces & 'quotes' \"and\" <tags>.md", "invoice\u202Egpj.md",
            "ünïcödé—dash.html", "no-ending"})
    void oddFileNamesAreReportedAsGiven(String fileName) {
        String document = fileName.endsWith(".html")
                ? "<html><head><meta property=\"og:title\" content=\"Odd " + unique() + "\">"
                        + "<meta property=\"article:published_time\" content=\"2025-05-01\"></head>"
                        + "<body><article><p>Text.</p></article></body></html>"
                : markdown("Odd File Name " + unique()).build();

        JsonPath item = Imports.importDocument(fileName, document);

        assertThat(item.getString("status")).as(item.getString("error")).isEqualTo("CREATED");
        assertThat(item.getString("file")).isEqualTo(fileName);
    }

    @ParameterizedTest(name = "{index}")
    // U+0000 never gets this far: the endpoint refuses it in any argument (HostileRequestsApiTest).
    @ValueSource(strings = {"line\nbreak.md", "tab\tand\u0007bell.md", "bell\u0007.md"})
    void fileNamesWithControlCharactersAreRefusedAtTheEdge(String fileName) {
        StoredRows before = StoredRows.count();

        JsonPath response = GraphQL.editor().post("mutation($f: String!, $c: String!) { importDocument(filename: $f,"
                + " content: $c) { status } }", Map.of("f", fileName, "c", markdown("Control " + unique()).build()));

        assertThat(GraphQL.errorCode(response)).isEqualTo("VALIDATION");
        assertThat(response.getString("errors[0].message")).contains("control characters");
        assertThat(StoredRows.count()).isEqualTo(before);
    }
}
