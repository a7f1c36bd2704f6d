package org.newsdesk.cms.importer.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Hostile input for the importer: the committed corpus under {@code src/test/resources/hostile/},
 * seed documents to mutate, the mutations themselves, and the check that a stored body
 * holds nothing active. The plain fuzz properties and the import-level fuzz share it.
 */
public final class HostileDocuments {

    /** How deep the deeply nested documents nest. */
    public static final int DEEP = 10_000;

    /** A document as the import job meets it: a file name and its bytes. */
    public record Document(String fileName, byte[] bytes) {

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return fileName + " (" + bytes.length + " bytes)";
        }
    }

    /** Markup and metadata lines that hostile or careless documents carry. */
    public static final List<String> SNIPPETS = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
            "<style>body { display: none }</style>",
            "<img src=x onerror=alert(1)>",
            "<p onclick=\"alert(1)\" style=\"color:red\">handled</p>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "<a href=\"java&#x09;script:alert(1)\">tabbed</a>",
            "![x](data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+)",
            "<a href=\"data:text/html,<script>alert(1)</script>\">data link</a>",
            "<iframe src=\"https://evil.example/frame\"></iframe>",
            "<object data=\"https://evil.example/x.swf\"></object><embed src=x>",
            "<svg onload=alert(1)><script>alert(1)</script><text>svg text</text></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<base href=\"javascript:alert(1)//\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<form action=https://evil.example><input name=x><button>Go</button></form>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "<!--", "-->", "<![CDATA[", "]]>", "</article>", "<article>", "</p>", "<div><div><div>",
            "<blockquote><blockquote><blockquote>", ">>>>>>>>>>>>", "**", "*", "`", "```", "[", "](",
            "# Another Title", "## Subheading", "By [Someone Else](#)", "By Staff Reporter",
            "September 31, 2025", "2023-02-30", "31 April 2025", "January 01, 0000", "0000-01-01T00:00:00Z",
            "Original url:", "<https://other.example/story>", "Original url: <javascript:alert(1)>",
            "**Related article:** [Some Other Story](#)", "**Related article:** [](javascript:alert(1))",
            "<meta property=\"og:title\" content=\"\">",
            "<meta property=\"article:published_time\" content=\"2023-02-30\">",
            "<time datetime=\"0000-00-00\">never</time>",
            "<link rel=\"canonical\" href=\"javascript:alert(1)\">",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"A\\u0000B\"}</script>",
            "<script type=\"application/ld+json\">[[[[[[[[[[</script>",
            "<figure><img src=\"data:image/png;base64,AAAA\"><figcaption>cap <b>credit</b></figcaption></figure>",
            "\u202Eevil\u202C", "\u200B\u200C\u200D", "\uFEFF", "\u0000", "\r", "\t", "&#0;", "&#x202E;",
            "\uD83D\uDE00", "\uD800", "Ω≈ç√∫", "\u0301\u0301\u0301");

    /** The tags and attributes {@link org.newsdesk.cms.article.body.BodyHtml}'s safelist lets through. */
    private static final Set<String> SAFE_TAGS = Set.of("a", "b", "blockquote", "br", "cite", "code", "dd", "dl", "dt",
            "em", "i", "li", "ol", "p", "pre", "q", "small", "span", "strike", "strong", "sub", "sup", "u", "ul",
            "h2", "h3", "h4", "h5", "h6");
    private static final Map<String, Set<String>> SAFE_ATTRIBUTES = Map.of(
            "a", Set.of("href"), "blockquote", Set.of("cite"), "q", Set.of("cite"));
    private static final Pattern SAFE_URL = Pattern.compile("(?i)^(https?|ftp|mailto):.*");
    private static final Pattern ACTIVE_MARKUP = Pattern.compile(
            "(?i)<\\s*/?\\s*(script|style|iframe|object|embed|svg|math|img|base|meta|link|form|frame|noscript)\\b");

    private HostileDocuments() {
    }

    /** Corpus files that must fail, with the words of the reason that name their problem. */
    public static Stream<Arguments> refused() {
        return Stream.of(
                arguments("binary-junk.md", "not a text document: it holds binary data"),
                arguments("nul-byte.md", "not a text document: it holds binary data"),
                arguments("utf16le-no-bom.md", "not a text document: it holds binary data"),
                arguments("truncated-mid-heading.md", "no publication date"),
                arguments("truncated-mid-utf8.md", "not UTF-8 text"),
                arguments("latin1.md", "not UTF-8 text"),
                arguments("latin1-undeclared.html", "not UTF-8 text, and the page declares no other charset"),
                arguments("truncated-head.html", "no title"),
                arguments("frameset.html", "no title"),
                arguments("date-february-30.md", "the date '2023-02-30' is not a real calendar date"),
                arguments("date-april-31.md", "the date '31 April 2025' is not a real calendar date"),
                arguments("date-year-zero.md", "the date 'January 01, 0000' is not a real calendar date: there is no year 0"),
                arguments("nonexistent-date.html", "the date '2023-02-30T10:00:00Z' is not a real calendar date"),
                arguments("conflicting-original-urls.md", "names two different original URLs"),
                arguments("invisible-title.md", "the title heading is empty or shows only invisible characters"),
                arguments("long-host.md", "names a host of 308 characters"));
    }

    /** Corpus files that must be read: their title and the text of each body block, hostile parts gone. */
    public static Stream<Arguments> readable() {
        return Stream.of(
                arguments("active-content.md", "Tech Fair Opens Its Doors", List.of(
                        "Organisers counted 40,000 visitors on the first day.",
                        "Exhibitors showed folding phones and a robot demo to the crowds.",
                        "The fair's programme lists 200 talks.",
                        "Tickets for the second day are sold out.")),
                arguments("active-content.html", "City Hall Opens Rooftop Garden", List.of(
                        "The garden on the roof of city hall opened on Sunday.",
                        "Visitors can book a tour, read the leaflet or see the map.",
                        "Bees from the city's hives will live there.",
                        "Inside SVG",
                        "The garden is open every day from nine.")),
                arguments("bidi-title.md", "Minister \u202Eseniaser\u202C Over \u200BContract",
                        List.of("The minister left office on Friday.")),
                arguments("duplicate-title.md", "Zoo Welcomes Twin Panda Cubs", List.of(
                        "Keepers said both cubs were healthy.", "Visiting Hours", "The panda house reopens in spring.")),
                arguments("duplicate-metadata.md", "Marathon Route Changed for Roadworks", List.of(
                        "September 03, 2025", "Runners will avoid the old bridge this year.")),
                arguments("text-after-original-url.md", "Museum Extends Opening Hours", List.of(
                        "The museum will open on Mondays from May.", "The change follows a record year for visitors.")),
                arguments("truncated-mid-paragraph.md", "Harbour Authority Warns of Storm Surge", List.of(
                        "The harbour authority closed the outer piers on Monday.",
                        "Waves of up to six metres were forecast for the night, and the coast gua")),
                arguments("truncated-mid-tag.html", "Tram Line Extension Approved", List.of(
                        "The council approved the tram extension on Monday.",
                        "Construction starts in autumn and will take two years.")),
                arguments("json-ld-hostile.html", "Bridge Inspection Finds Cracks",
                        List.of("Inspectors found cracks in two of the bridge's pillars.")),
                arguments("latin1-declared.html", "Café Owners Protest Rent Rises",
                        List.of("Owners of the city's oldest cafés marched on Tuesday.")),
                arguments("windows-1251-declared.html", "Шторм закрыл порт", List.of("Власти закрыли порт в понедельник.")),
                arguments("utf16be-bom.html", "Night Trains Return to the Alps",
                        List.of("Sleeper trains run again from Zürich — «at last».")),
                arguments("utf16le-bom.md", "Ferry Timetable Restored After Strike",
                        List.of("Ferries ran to the islands again on Wednesday — «finally», said one passenger.")),
                arguments("utf8-bom.md", "Library Opens Night Reading Room",
                        List.of("The central library now stays open until midnight.")));
    }

    /** Every file of the corpus appears in exactly one of the two tables. */
    public static Set<String> expectedFiles() {
        return Stream.concat(refused(), readable()).map(arguments -> (String) arguments.get()[0])
                .collect(java.util.stream.Collectors.toSet());
    }

    public static List<String> corpusFiles() {
        return documentsIn(resourceFolder("/hostile/")).stream().map(Document::fileName).toList();
    }

    /**
     * The document with every http(s) address given a path prefix of its own, so that importing
     * it creates a new article however often the suite imports the same file.
     */
    public static Document withUniqueAddresses(Document document, String unique) {
        // ISO-8859-1 maps each byte to one char and back: the rest of the bytes stay exactly as they were.
        String bytesAsText = new String(document.bytes(), StandardCharsets.ISO_8859_1);
        String rewritten = HTTP_ADDRESS.matcher(bytesAsText).replaceAll("$1" + unique + "-");
        return new Document(unique + "-" + document.fileName(), rewritten.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static final Pattern HTTP_ADDRESS = Pattern.compile("(https?://[A-Za-z0-9.-]+/)");

    /** The seed, the test documents, the ninjs samples and the hostile corpus: every file the fuzz starts from. */
    public static List<Document> seeds() {
        List<Document> seeds = new ArrayList<>();
        seeds.addAll(documentsIn(Path.of("seeds")));
        seeds.addAll(documentsIn(resourceFolder("/documents/")));
        seeds.addAll(documentsIn(resourceFolder("/ninjs/")).stream()
                .filter(document -> !document.fileName().contains(".schema.")).toList());
        seeds.addAll(documentsIn(resourceFolder("/hostile/")));
        return seeds;
    }

    /** One file of the hostile corpus. */
    public static Document corpus(String fileName) {
        return new Document(fileName, read(resourceFolder("/hostile/").resolve(fileName)));
    }

    private static Path resourceFolder(String name) {
        try {
            return Path.of(HostileDocuments.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Document> documentsIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> DocumentReader.isDocument(file.getFileName().toString()))
                    .sorted()
                    .map(file -> new Document(file.getFileName().toString(), read(file)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ways of damaging a document, each driven by a seeded {@link Random} so a failure replays. */
    public enum Mutation {
        FLIP_BITS, TRUNCATE, INSERT_SNIPPET, INSERT_SNIPPET_LINE, DUPLICATE_LINE, DELETE_LINE, SWAP_LINES, REPEAT_SPAN;

        byte[] apply(byte[] bytes, Random random) {
            return switch (this) {
                case FLIP_BITS -> flipBits(bytes, random);
                case TRUNCATE -> java.util.Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length));
                case INSERT_SNIPPET -> insert(bytes, random.nextInt(bytes.length + 1), snippet(random));
                case INSERT_SNIPPET_LINE -> lines(bytes, random, (lines, at) -> lines.add(at, "\n" + snippet(random) + "\n"));
                case DUPLICATE_LINE -> lines(bytes, random, (lines, at) -> lines.add(at, lines.get(Math.min(at, lines.size() - 1))));
                case DELETE_LINE -> lines(bytes, random, (lines, at) -> lines.remove(Math.min(at, lines.size() - 1)));
                case SWAP_LINES -> lines(bytes, random, (lines, at) -> java.util.Collections.swap(lines,
                        Math.min(at, lines.size() - 1), random.nextInt(lines.size())));
                case REPEAT_SPAN -> repeatSpan(bytes, random);
            };
        }

        private static String snippet(Random random) {
            return SNIPPETS.get(random.nextInt(SNIPPETS.size()));
        }

        private static byte[] flipBits(byte[] bytes, Random random) {
            byte[] copy = bytes.clone();
            for (int i = 0, flips = 1 + random.nextInt(8); i < flips && copy.length > 0; i++) {
                copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
            }
            return copy;
        }

        private static byte[] insert(byte[] bytes, int at, String text) {
            byte[] inserted = text.getBytes(StandardCharsets.UTF_8);
            byte[] result = new byte[bytes.length + inserted.length];
            System.arraycopy(bytes, 0, result, 0, at);
            System.arraycopy(inserted, 0, result, at, inserted.length);
            System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
            return result;
        }

        /** A span of the document repeated many times: long lines, deep nesting, many blocks. */
        private static byte[] repeatSpan(byte[] bytes, Random random) {
            if (bytes.length == 0) {
                return bytes;
            }
            int from = random.nextInt(bytes.length);
            int to = Math.min(bytes.length, from + 1 + random.nextInt(16));
            byte[] span = java.util.Arrays.copyOfRange(bytes, from, to);
            int times = 1 + random.nextInt(5000);
            byte[] result = new byte[bytes.length + span.length * times];
            System.arraycopy(bytes, 0, result, 0, to);
            for (int i = 0; i < times; i++) {
                System.arraycopy(span, 0, result, to + i * span.length, span.length);
            }
            System.arraycopy(bytes, to, result, to + span.length * times, bytes.length - to);
            return result;
        }

        private interface LineEdit {
            void apply(List<String> lines, int at);
        }

        private static byte[] lines(byte[] bytes, Random random, LineEdit edit) {
            List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
            edit.apply(lines, random.nextInt(lines.size()));
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        }
    }

    /** {@code seed} damaged by one to three mutations drawn from {@code randomSeed}. */
    public static Document mutate(Document seed, long randomSeed) {
        Random random = new Random(randomSeed);
        byte[] bytes = seed.bytes();
        for (int i = 0, count = 1 + random.nextInt(3); i < count; i++) {
            bytes = Mutation.values()[random.nextInt(Mutation.values().length)].apply(bytes, random);
        }
        return new Document(seed.fileName(), bytes);
    }

    /**
     * The stored-body guarantee: only the safelist's tags and attributes, links only to
     * http(s), ftp or mailto, and no active element even as a string.
     */
    public static void assertSafeBody(String bodyHtml) {
        assertThat(ACTIVE_MARKUP.matcher(bodyHtml).find()).as("active markup in %s", abbreviate(bodyHtml)).isFalse();
        for (Element element : Jsoup.parseBodyFragment(bodyHtml).body().getAllElements()) {
            if (element.normalName().equals("body")) {
                continue;
            }
            assertThat(SAFE_TAGS).as("tag in %s", abbreviate(bodyHtml)).contains(element.normalName());
            for (Attribute attribute : element.attributes()) {
                assertThat(SAFE_ATTRIBUTES.getOrDefault(element.normalName(), Set.of()))
                        .as("attribute of <%s> in %s", element.normalName(), abbreviate(bodyHtml))
                        .contains(attribute.getKey().toLowerCase(Locale.ROOT));
                assertThat(attribute.getValue()).as("URL in %s", abbreviate(bodyHtml)).matches(SAFE_URL);
            }
        }
    }

    /** What a parsed article promises beyond a safe body. */
    public static void assertWellFormed(ParsedArticle article) {
        assertSafeBody(article.bodyHtml());
        // PostgreSQL cannot store U+0000 in text: it must never reach a stored field.
        assertThat(List.of(article.title(), article.bodyHtml(), article.authorNames().toString(),
                String.valueOf(article.image()), article.related().toString(), String.valueOf(article.canonicalUrl()),
                article.tags().toString(), String.valueOf(article.language()), String.valueOf(article.sourceUri())))
                .noneMatch(field -> field.indexOf('\0') >= 0);
        assertThat(article.title().codePoints()).as("visible characters in the title '%s'", article.title())
                .anyMatch(HostileDocuments::isVisible);
        assertThat(article.publishedOn().getYear()).isPositive();
        assertThat(article.bodyHtml()).isNotBlank();
        assertThat(article.authorNames()).allSatisfy(name -> assertThat(name.codePoints()).anyMatch(HostileDocuments::isVisible));
        if (article.canonicalUrl() != null) {
            assertThat(CanonicalUrls.isHttp(article.canonicalUrl())).as(article.canonicalUrl()).isTrue();
        }
        if (article.image() != null && article.image().url() != null) {
            assertThat(CanonicalUrls.isHttp(article.image().url())).as(article.image().url()).isTrue();
        }
        assertThat(article.related()).allSatisfy(link -> {
            assertThat(link.title()).isNotBlank();
            assertThat(link.url() == null || CanonicalUrls.isHttp(link.url())).as(link.url()).isTrue();
        });
    }

    private static boolean isVisible(int codePoint) {
        return !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint) && !Character.isISOControl(codePoint)
                && Character.getType(codePoint) != Character.FORMAT;
    }

    public static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
