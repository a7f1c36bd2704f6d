package org.newsdesk.cms.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import org.newsdesk.cms.importer.HostileDocuments.Document;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzes the reader the import job uses ({@link DocumentReader}, both the bytes of a file
 * and the text of the importDocument mutation) with arbitrary bytes and strings, generated
 * article-shaped documents, and damaged copies of the seed and test documents.
 *
 * <p>The property everywhere: a document is read, or refused with an
 * {@link UnreadableDocumentException} whose message gives a reason; nothing else escapes.
 * A document that is read has a safe body and well-formed fields. jqwik prints the seed of
 * a failing run; {@code @Property(seed = "…")} replays it.
 */
class HostileDocumentFuzzTest {

    private static final DocumentReader READER = new DocumentReader(TestDocuments.FIVE_MEGABYTES);
    private static final List<String> FILE_NAMES = List.of("doc.md", "doc.txt", "doc.markdown", "page.html",
            "page.HTM", "no-ending", "odd name ü ‮.md", "../../etc/passwd.html");

    @Property(tries = 500)
    void arbitraryBytesAreReadOrRefused(@ForAll @Size(max = 4096) byte[] bytes, @ForAll("fileNames") String fileName) {
        readOrRefuse(() -> READER.read(fileName, bytes));
    }

    @Property(tries = 500)
    void arbitraryTextIsReadOrRefused(@ForAll @StringLength(max = 4096) String text,
            @ForAll("fileNames") String fileName) {
        readOrRefuse(() -> READER.read(fileName, text));
        readOrRefuse(() -> READER.read(fileName, text.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 1000)
    void articleShapedMarkdownIsReadOrRefused(@ForAll("markdownArticles") String markdown) {
        readOrRefuse(() -> READER.read("generated.md", markdown));
    }

    @Property(tries = 1000)
    void articleShapedPagesAreReadOrRefused(@ForAll("pages") String page) {
        readOrRefuse(() -> READER.read("generated.html", page.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 1000)
    void damagedSeedsAreReadOrRefused(@ForAll("seeds") Document seed, @ForAll long randomSeed) {
        Document damaged = HostileDocuments.mutate(seed, randomSeed);
        readOrRefuse(() -> READER.read(damaged.fileName(), damaged.bytes()));
        readOrRefuse(() -> READER.read(damaged.fileName(), damaged.text()));
    }

    /** The property: parsed with a safe body, or refused with a reason. */
    private static void readOrRefuse(Supplier<ParsedArticle> read) {
        ParsedArticle article;
        try {
            article = read.get();
        } catch (UnreadableDocumentException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            Statistics.label("outcome").collect("refused");
            return;
        }
        HostileDocuments.assertWellFormed(article);
        Statistics.label("outcome").collect("read");
    }

    @Provide
    Arbitrary<String> fileNames() {
        return Arbitraries.of(FILE_NAMES);
    }

    @Provide
    Arbitrary<Document> seeds() {
        return Arbitraries.of(HostileDocuments.seeds());
    }

    /** Text, hostile snippets and odd characters: what fills a title, a byline or a paragraph. */
    private static Arbitrary<String> fragments() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(40)),
                Tuple.of(4, Arbitraries.of("Rescue Teams Reach Village", "Москва и 北京 🚀", "café", "By [AFP](#)",
                        "\u202Eevil\u202C title", "\u200B")),
                Tuple.of(3, Arbitraries.of(HostileDocuments.SNIPPETS)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(12)))
                .list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join(" ", parts));
    }

    /** Mostly real dates, sometimes days that do not exist or forms nobody writes. */
    private static Arbitrary<String> dates() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("September 02, 2025", "2 September 2025", "Sept. 2, 2025", "2025-09-02",
                        "2025-09-02T10:15:30+03:00", "February 29, 2024", "9999-12-31", "0001-01-01")),
                Tuple.of(1, Arbitraries.of("February 30, 2025", "2023-02-30", "April 31, 2025", "January 01, 0000",
                        "0000-01-01", "Smarch 13, 2025", "2025-13-01", "2023-02-30T10:00:00Z", "")));
    }

    /** Of {@code arbitrary}, or nothing, at random. */
    private static Arbitrary<String> sometimes(Arbitrary<String> arbitrary) {
        return arbitrary.injectNull(0.2).map(value -> value == null ? "" : value);
    }

    @Provide
    Arbitrary<String> markdownArticles() {
        Arbitrary<String> heading = Arbitraries.frequency(Tuple.of(17, "# "), Tuple.of(1, "#"), Tuple.of(1, "## "),
                Tuple.of(1, ""));
        Arbitrary<String> title = Combinators.combine(heading, fragments()).as(String::concat);
        Arbitrary<String> byline = sometimes(Arbitraries.oneOf(
                fragments().map(names -> "By [" + names + "](#)"),
                Arbitraries.of("By [AFP](#)", "By Staff Reporter", "By [A](#) and [B](#)")));
        Arbitrary<String> block = Arbitraries.frequencyOf(
                Tuple.of(6, fragments()),
                Tuple.of(1, fragments().map(text -> "**Related article:** [" + text + "](#)")),
                Tuple.of(1, fragments().map(text -> "Original url:\n\n<" + text + ">")),
                Tuple.of(2, Arbitraries.of("Original url:\n\n<https://www.example-news.org/story>", "> > > quoted",
                        "- item\n  - nested", "```\ncode\n```", "![image](https://img.example/x.jpg) caption **Credit**",
                        "# Another heading", "<div>raw <b>html</b></div>")));
        return Combinators.combine(title, byline, dates(), block.list().ofMinSize(1).ofMaxSize(8))
                .as((t, b, d, blocks) -> t + "\n\n" + b + "\n\n" + d + "\n\n" + String.join("\n\n", blocks));
    }

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> title = sometimes(fragments().map(text -> "<meta property=\"og:title\" content=\"" + text + "\">"));
        Arbitrary<String> date = sometimes(dates().map(text -> "<meta property=\"article:published_time\" content=\"" + text + "\">"));
        Arbitrary<String> otherMetas = Arbitraries.oneOf(
                fragments().map(text -> "<meta name=\"author\" content=\"" + text + "\">"),
                fragments().map(text -> "<meta property=\"og:url\" content=\"" + text + "\">"),
                Arbitraries.of("<meta property=\"og:url\" content=\"https://www.example-news.org/story\">",
                        "<base href=\"https://evil.example/\">",
                        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"JSON-LD\","
                                + "\"datePublished\":\"2025-09-02\",\"author\":[{\"name\":\"Ann\\u0000Lee\"}]}</script>"))
                .list().ofMaxSize(3).map(parts -> String.join("\n", parts));
        Arbitrary<String> block = Arbitraries.frequencyOf(
                Tuple.of(6, fragments().map(text -> "<p>" + text + "</p>")),
                Tuple.of(1, fragments().map(text -> "<h1>" + text + "</h1>")),
                Tuple.of(1, fragments().map(text -> "<p><strong>Related article:</strong> <a href=\"#\">" + text + "</a></p>")),
                Tuple.of(1, fragments().map(text -> "<figure><img src=\"" + text + "\"><figcaption>" + text + "</figcaption></figure>")),
                Tuple.of(1, dates().map(text -> "<time datetime=\"" + text + "\">" + text + "</time>")),
                Tuple.of(2, fragments()));
        return Combinators.combine(title, date, otherMetas, block.list().ofMinSize(1).ofMaxSize(8),
                Arbitraries.of("<article>", "<div>", ""))
                .as((t, d, metas, blocks, wrapper) -> "<!doctype html><html><head>" + t + d + metas + "</head><body>"
                        + wrapper + String.join("\n", blocks) + "</body></html>");
    }
}
