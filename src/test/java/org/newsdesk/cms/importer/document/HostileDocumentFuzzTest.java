package org.newsdesk.cms.importer.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.common.Jsonp;
import org.newsdesk.cms.importer.document.HostileDocuments.Document;

/**
 * Fuzzes the reader the import job uses ({@link DocumentReader}, both the bytes of a file
 * and the text of the importDocument mutation) with arbitrary bytes and strings, generated
 * article-shaped documents, and damaged copies of the seed and test documents.
 *
 * <p>The property everywhere: a document is read, or refused with an
 * {@link UnreadableDocumentException} whose message gives a reason; nothing else escapes.
 * A document that is read has a safe body and well-formed fields.
 *
 * <p>Inputs come from a fixed seed, so every run (and CI) tries the same thousands of
 * documents and a failure names the case that replays it; {@code -Dhostile.fuzz.seed=…}
 * explores others.
 */
class HostileDocumentFuzzTest {

    private static final long SEED = Long.getLong("hostile.fuzz.seed", 20_261_129L);
    private static final DocumentReader READER = new DocumentReader(TestDocuments.FIVE_MEGABYTES);
    private static final List<String> FILE_NAMES = List.of("doc.md", "doc.txt", "doc.markdown", "page.html",
            "page.HTM", "item.json", "no-ending", "odd name ü ‮.md", "../../etc/passwd.html");

    @Test
    void arbitraryBytesAreReadOrRefused() {
        forCases(500, random -> {
            byte[] bytes = new byte[random.nextInt(4097)];
            random.nextBytes(bytes);
            String fileName = pick(random, FILE_NAMES);
            return () -> readOrRefuse(() -> READER.read(fileName, bytes));
        });
    }

    @Test
    void arbitraryTextIsReadOrRefused() {
        forCases(500, random -> {
            String text = anyText(random, 4096);
            String fileName = pick(random, FILE_NAMES);
            return () -> {
                readOrRefuse(() -> READER.read(fileName, text));
                readOrRefuse(() -> READER.read(fileName, text.getBytes(StandardCharsets.UTF_8)));
            };
        });
    }

    @Test
    void articleShapedMarkdownIsReadOrRefused() {
        forCases(1000, random -> {
            String markdown = markdownArticle(random);
            return () -> readOrRefuse(() -> READER.read("generated.md", markdown));
        });
    }

    @Test
    void articleShapedPagesAreReadOrRefused() {
        forCases(1000, random -> {
            String page = page(random);
            return () -> readOrRefuse(() -> READER.read("generated.html", page.getBytes(StandardCharsets.UTF_8)));
        });
    }

    @Test
    void articleShapedNinjsIsReadOrRefused() {
        forCases(1000, random -> {
            String item = ninjsItem(random);
            return () -> {
                readOrRefuse(() -> READER.read("generated.json", item));
                readOrRefuse(() -> READER.read("generated.json", item.getBytes(StandardCharsets.UTF_8)));
            };
        });
    }

    @Test
    void damagedSeedsAreReadOrRefused() {
        List<Document> seeds = HostileDocuments.seeds();
        forCases(1000, random -> {
            Document damaged = HostileDocuments.mutate(pick(random, seeds), random.nextLong());
            return () -> {
                readOrRefuse(() -> READER.read(damaged.fileName(), damaged.bytes()));
                readOrRefuse(() -> READER.read(damaged.fileName(), damaged.text()));
            };
        });
    }

    /** Runs {@code cases} generated checks; a failure says which case, and so how to replay it. */
    private static void forCases(int cases, Function<Random, Runnable> generate) {
        Random random = new Random(SEED);
        for (int i = 0; i < cases; i++) {
            Runnable check = generate.apply(random);
            try {
                check.run();
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError("case " + i + " of seed " + SEED + " failed: " + failure, failure);
            }
        }
    }

    /** The property: parsed with a safe body, or refused with a reason. */
    private static void readOrRefuse(Supplier<ParsedArticle> read) {
        ParsedArticle article;
        try {
            article = read.get();
        } catch (UnreadableDocumentException refused) {
            // The reason is stored with the run (PostgreSQL text holds no U+0000) and printed in reports.
            assertThat(refused.getMessage()).isNotBlank().doesNotContain("\0");
            return;
        }
        HostileDocuments.assertWellFormed(article);
    }

    private static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Any code points: controls, surrogate halves, private use, astral planes. */
    private static String anyText(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            switch (random.nextInt(4)) {
                case 0 -> text.append((char) (' ' + random.nextInt(95)));
                case 1 -> text.append((char) random.nextInt(0x10000));
                case 2 -> text.appendCodePoint(0x10000 + random.nextInt(0x100000));
                default -> text.append((char) random.nextInt(0x20));
            }
        }
        return text.toString();
    }

    private static String printable(Random random, int minLength, int maxLength) {
        int length = minLength + random.nextInt(maxLength - minLength + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (' ' + random.nextInt(95)));
        }
        return text.toString();
    }

    /** Text, hostile snippets and odd characters: what fills a title, a byline or a paragraph. */
    private static String fragments(Random random) {
        List<String> parts = new ArrayList<>();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            int kind = random.nextInt(14);
            parts.add(kind < 6 ? printable(random, 1, 40)
                    : kind < 10 ? pick(random, List.of("Rescue Teams Reach Village", "Москва и 北京 🚀", "café",
                            "By [AFP](#)", "\u202Eevil\u202C title", "\u200B"))
                    : kind < 13 ? pick(random, HostileDocuments.SNIPPETS)
                    : anyText(random, 12));
        }
        return String.join(" ", parts);
    }

    /** Mostly real dates, sometimes days that do not exist or forms nobody writes. */
    private static String date(Random random) {
        return random.nextInt(5) < 4
                ? pick(random, List.of("September 02, 2025", "2 September 2025", "Sept. 2, 2025", "2025-09-02",
                        "2025-09-02T10:15:30+03:00", "February 29, 2024", "9999-12-31", "0001-01-01"))
                : pick(random, List.of("February 30, 2025", "2023-02-30", "April 31, 2025", "January 01, 0000",
                        "0000-01-01", "Smarch 13, 2025", "2025-13-01", "2023-02-30T10:00:00Z", ""));
    }

    /** {@code value}, or nothing, at random. */
    private static String sometimes(Random random, Supplier<String> value) {
        return random.nextInt(5) == 0 ? "" : value.get();
    }

    private static String markdownArticle(Random random) {
        int heading = random.nextInt(20);
        String title = (heading < 17 ? "# " : heading == 17 ? "#" : heading == 18 ? "## " : "") + fragments(random);
        String byline = sometimes(random, () -> random.nextBoolean() ? "By [" + fragments(random) + "](#)"
                : pick(random, List.of("By [AFP](#)", "By Staff Reporter", "By [A](#) and [B](#)")));
        List<String> blocks = new ArrayList<>();
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            int kind = random.nextInt(10);
            blocks.add(kind < 6 ? fragments(random)
                    : kind == 6 ? "**Related article:** [" + fragments(random) + "](#)"
                    : kind == 7 ? "Original url:\n\n<" + fragments(random) + ">"
                    : pick(random, List.of("Original url:\n\n<https://www.example-news.org/story>", "> > > quoted",
                            "- item\n  - nested", "```\ncode\n```", "![image](https://img.example/x.jpg) caption **Credit**",
                            "# Another heading", "<div>raw <b>html</b></div>")));
        }
        return title + "\n\n" + byline + "\n\n" + date(random) + "\n\n" + String.join("\n\n", blocks);
    }

    /** A ninjs item, 2.x or 1.x names mixed at random, with hostile text, odd types and missing parts. */
    private static String ninjsItem(Random random) {
        List<String> properties = new ArrayList<>();
        properties.add(random.nextInt(10) < 7
                ? "\"uri\": " + json(pick(random, List.of("https://www.example-news.org/story", "urn:newsml:example.org:1",
                        "tag:example.org,2025:1", "urn:newsdesk:article:1")))
                : pick(random, List.of("\"uri\": " + json(pick(random, List.of("javascript:alert(1)", "relative/uri", "",
                        "https://" + "x".repeat(300) + ".example/"))), "\"uri\": " + json(fragments(random)), "\"uri\": 7", "")));
        properties.add(sometimes(random, () -> "\"firstcreated\": " + json(random.nextInt(10) < 8
                ? pick(random, List.of("2025-09-02T06:15:00Z", "2025-09-02T23:30:00-05:00", "2025-09-02"))
                : pick(random, List.of("2025-02-30T00:00:00Z", "0000-01-01T00:00:00Z", fragments(random))))));
        properties.add(sometimes(random, () -> "\"versioncreated\": " + json(date(random))));
        properties.add(sometimes(random, () -> "\"pubstatus\": " + json(pick(random, List.of("usable", "usable",
                "withheld", "withheld", "canceled", fragments(random))))));
        properties.add(sometimes(random, () -> "\"language\": " + json(pick(random, List.of("en", "pt_BR", "und",
                "x".repeat(200), fragments(random))))));
        properties.add(sometimes(random, () -> random.nextBoolean()
                ? "\"headlines\": [" + textItems(random) + "]" : "\"headline\": " + json(fragments(random))));
        properties.add(sometimes(random, () -> random.nextBoolean()
                ? "\"bodies\": [" + textItems(random) + "]"
                : "\"" + pick(random, List.of("body_html", "body_text", "body_xml")) + "\": " + json(fragments(random))));
        properties.add(sometimes(random, () -> "\"" + pick(random, List.of("by", "byline")) + "\": " + json(fragments(random))));
        for (String concepts : List.of("subjects", "people", "organisations", "places", "subject", "person")) {
            properties.add(sometimes(random, () -> "\"" + concepts + "\": [" + String.join(", ", IntStream
                    .range(0, random.nextInt(5)).mapToObj(i -> "{\"name\": " + json(fragments(random)) + "}").toList()) + "]"));
        }
        properties.add(sometimes(random, () -> {
            String picture = "{\"name\": \"featureimage\", \"uri\": \"urn:x:1\", \"type\": "
                    + json(pick(random, List.of("picture", "graphic", "video"))) + ", \"by\": " + json(fragments(random))
                    + ", \"descriptions\": [" + textItems(random) + "], \"renditions\": [{\"name\": \"main\", \"href\": "
                    + json(pick(random, List.of("https://img.example/x.jpg", "javascript:alert(1)", fragments(random))))
                    + "}]}";
            return "\"associations\": " + (random.nextBoolean() ? "[" + picture + "]" : "{\"featureimage\": " + picture + "}");
        }));
        return "{" + String.join(", ", properties.stream().filter(property -> !property.isEmpty()).toList()) + "}";
    }

    /** Headlines, bodies or descriptions: value, maybe a role and a content type (known, unknown or of another type). */
    private static String textItems(Random random) {
        return String.join(", ", IntStream.range(0, random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3)).mapToObj(i -> "{"
                + sometimes(random, () -> "\"role\": " + json(pick(random, List.of("main", "caption", "subhead"))) + ", ")
                + sometimes(random, () -> "\"contenttype\": " + pick(random, List.of("\"text/html\"", "\"text/plain\"",
                        "\"application/xhtml+xml\"", "\"text/html; charset=utf-8\"", "\"image/svg+xml\"", "12")) + ", ")
                + "\"value\": " + json(random.nextInt(10) == 0 ? anyText(random, 40) : "<p>" + fragments(random) + "</p>")
                + "}").toList());
    }

    /** A JSON string holding {@code text}, escaped as JSON-P escapes it. */
    private static String json(String text) {
        return Jsonp.PROVIDER.createValue(text).toString();
    }

    private static String page(Random random) {
        String title = sometimes(random, () -> "<meta property=\"og:title\" content=\"" + fragments(random) + "\">");
        String date = sometimes(random, () -> "<meta property=\"article:published_time\" content=\"" + date(random) + "\">");
        List<String> metas = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            metas.add(switch (random.nextInt(3)) {
                case 0 -> "<meta name=\"author\" content=\"" + fragments(random) + "\">";
                case 1 -> "<meta property=\"og:url\" content=\"" + fragments(random) + "\">";
                default -> pick(random, List.of("<meta property=\"og:url\" content=\"https://www.example-news.org/story\">",
                        "<base href=\"https://evil.example/\">",
                        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"JSON-LD\","
                                + "\"datePublished\":\"2025-09-02\",\"author\":[{\"name\":\"Ann\\u0000Lee\"}]}</script>"));
            });
        }
        List<String> blocks = new ArrayList<>();
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            int kind = random.nextInt(12);
            blocks.add(kind < 6 ? "<p>" + fragments(random) + "</p>"
                    : kind == 6 ? "<h1>" + fragments(random) + "</h1>"
                    : kind == 7 ? "<p><strong>Related article:</strong> <a href=\"#\">" + fragments(random) + "</a></p>"
                    : kind == 8 ? "<figure><img src=\"" + fragments(random) + "\"><figcaption>" + fragments(random)
                            + "</figcaption></figure>"
                    : kind == 9 ? "<time datetime=\"" + date(random) + "\">" + date(random) + "</time>"
                    : fragments(random));
        }
        String wrapper = pick(random, List.of("<article>", "<div>", ""));
        return "<!doctype html><html><head>" + title + date + String.join("\n", metas) + "</head><body>" + wrapper
                + String.join("\n", blocks) + "</body></html>";
    }
}
