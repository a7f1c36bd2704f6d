package org.newsdesk.cms.importer.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Documents that cannot become an article are refused with a reason an editor understands. */
class UnreadableDocumentTest {

    private static final long SMALL_LIMIT = 1000;

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource({
            "nonexistent-date.md, 'February 30, 2025'",
            "no-title.md,         title",
            "no-date.md,          date",
            "no-body.md,          body",
            "empty.md,            empty",
            "whitespace-only.md,  empty",
            "binary.txt,          binary",
            "invalid-utf8.md,     UTF-8",
            "no-date-page.html,   date",
    })
    void refusesWithAReason(String fileName, String reason) {
        assertThatThrownBy(() -> TestDocuments.read(fileName))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void refusesADocumentOverTheSizeLimit() throws IOException {
        byte[] seed = Files.readAllBytes(Path.of("seeds", "000_206c6819273345cd.txt"));
        assertThat(seed.length).isGreaterThan((int) SMALL_LIMIT);
        assertThatThrownBy(() -> new DocumentReader(SMALL_LIMIT).read("seed.txt", seed))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("limit")
                .hasMessageContaining("1,000 bytes");
    }

    @Test
    void refusesALatin1PageThatDeclaresNoCharset() {
        byte[] page = ("<html><head><meta property=\"og:title\" content=\"Café Owners Protest\">"
                + "<meta property=\"article:published_time\" content=\"2025-04-02\"></head>"
                + "<body><article><p>Owners of the oldest cafés marched.</p></article></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> new DocumentReader(SMALL_LIMIT).read("page.html", page))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("not UTF-8")
                .hasMessageContaining("<meta charset>");
    }

    @Test
    void refusesTextThatStartsLikeUtf16ButIsNot() {
        byte[] broken = {(byte) 0xFF, (byte) 0xFE, '#', 0, ' ', 0, 0x00, (byte) 0xD8}; // ends in half a surrogate pair
        assertThatThrownBy(() -> new DocumentReader(SMALL_LIMIT).read("doc.md", broken))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("not UTF-16");
    }

    @Test
    void readsADocumentExactlyAtTheSizeLimit() {
        byte[] document = TestDocuments.bytes("no-original-url.md");
        assertThat(new DocumentReader(document.length).read("at-limit.md", document).title())
                .isEqualTo("Marathon Route Changed for Roadworks");
    }
}
