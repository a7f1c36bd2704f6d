package org.newsdesk.cms.importer.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The first seed, exactly as editors saved it from The Moscow Times. */
class SeedDocumentTest {

    private static final Path SEED = Path.of("seeds", "000_206c6819273345cd.txt");
    private static final String TITLE = "Putin and Xi Tout Deepening Ties Ahead of Beijing Military Parade";
    private static final String CANONICAL_URL =
            "https://www.themoscowtimes.com/2025/09/02/putin-and-xi-tout-deepening-ties-ahead-of-beijing-military-parade-a90401";
    private static final String FIRST_PARAGRAPH = "President Vladimir Putin told his Chinese counterpart Xi Jinping on"
            + " Tuesday that relations between their two countries had reached an “unprecedented level,” as the two"
            + " leaders met in Beijing ahead of a large-scale military parade.";
    private static final String LAST_PARAGRAPH = "North Korea has gone further, openly siding with Moscow and even"
            + " sending troops to fight in Ukraine, according to South Korean intelligence. Seoul estimates that some"
            + " 2,000 North Korean soldiers have been killed in the conflict.";
    private static final int SEED_PARAGRAPHS = 9;

    private static byte[] seedBytes;
    private static ParsedArticle seed;

    @BeforeAll
    static void readSeed() throws IOException {
        seedBytes = Files.readAllBytes(SEED);
        seed = new DocumentReader(TestDocuments.FIVE_MEGABYTES).read(SEED.getFileName().toString(), seedBytes);
    }

    @Test
    void readsTitleAuthorsAndDate() {
        assertThat(seed.title()).isEqualTo(TITLE);
        assertThat(seed.authorNames()).containsExactly("AFP");
        assertThat(seed.publishedOn()).isEqualTo(LocalDate.of(2025, 9, 2));
    }

    @Test
    void readsCaptionAndCreditAndKeepsThemOutOfTheBody() {
        assertThat(seed.image()).isNotNull();
        assertThat(seed.image().caption()).isEqualTo("Vladimir Putin and Xi Jinping.");
        assertThat(seed.image().credit()).isEqualTo("Kremlin Press Service");
        assertThat(seed.image().url()).isNull();
        assertThat(seed.bodyHtml()).doesNotContain("Kremlin Press Service");
    }

    @Test
    void keepsNineParagraphsInDocumentOrder() {
        List<Element> blocks = TestDocuments.blocks(seed.bodyHtml());
        assertThat(blocks).hasSize(SEED_PARAGRAPHS).allMatch(block -> block.normalName().equals("p"));
        List<String> texts = TestDocuments.blockTexts(seed.bodyHtml());
        assertThat(texts.get(0)).isEqualTo(FIRST_PARAGRAPH);
        assertThat(texts.get(SEED_PARAGRAPHS - 1)).isEqualTo(LAST_PARAGRAPH);
        assertThat(texts.get(1)).startsWith("The parade, scheduled for Wednesday");
        assertThat(texts.get(4)).startsWith("Putin also met on Tuesday");
        assertThat(texts.get(5)).startsWith("Both Putin and Xi have used the gathering");
    }

    @Test
    void keepsCurlyQuotesAndDashesAsCharacters() {
        assertThat(seed.bodyHtml())
                .contains("“unprecedented level,”", "North Korea’s Kim Jong-un", "“China–Russia relations")
                .doesNotContain("&ldquo;", "&rsquo;", "&#");
    }

    @Test
    void keepsNoLabelsOrTrailerInTheBody() {
        assertThat(seed.bodyHtml()).doesNotContain("Related article", "Original url", "themoscowtimes.com",
                "Around 2K North Korean");
    }

    @Test
    void readsTheRelatedLinkAtItsPosition() {
        assertThat(seed.related()).containsExactly(new ParsedArticle.Link(
                "Around 2K North Korean Soldiers Killed Fighting for Russia, Seoul Claims", null, 5));
    }

    @Test
    void readsCanonicalUrlAndDomain() {
        assertThat(seed.canonicalUrl()).isEqualTo(CANONICAL_URL);
        assertThat(CanonicalUrls.domainOf(seed.canonicalUrl())).isEqualTo("themoscowtimes.com");
    }

    @Test
    void readsTheSameWithWindowsLineEndingsAndByteOrderMark() {
        String crlf = "\uFEFF" + new String(seedBytes, StandardCharsets.UTF_8).replace("\n", "\r\n");
        ParsedArticle saved = new DocumentReader(TestDocuments.FIVE_MEGABYTES).read("seed-crlf.txt", crlf);
        assertThat(saved).isEqualTo(seed);
    }

    @Test
    void readsTheSameWhenSentAsText() {
        String text = new String(seedBytes, StandardCharsets.UTF_8);
        assertThat(new DocumentReader(TestDocuments.FIVE_MEGABYTES).read("pasted.md", text)).isEqualTo(seed);
    }
}
