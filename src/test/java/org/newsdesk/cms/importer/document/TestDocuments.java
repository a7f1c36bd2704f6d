package org.newsdesk.cms.importer.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Loads the test documents under {@code src/test/resources/documents/} (and {@code ninjs/}) and reads stored bodies back. */
public final class TestDocuments {

    /** The import job's default limit for one document. */
    public static final long FIVE_MEGABYTES = 5L * 1024 * 1024;

    private TestDocuments() {
    }

    public static byte[] bytes(String fileName) {
        return resource("/documents/" + fileName);
    }

    /** A ninjs sample or schema under {@code src/test/resources/ninjs/}. */
    public static byte[] ninjs(String fileName) {
        return resource("/ninjs/" + fileName);
    }

    private static byte[] resource(String path) {
        try (InputStream in = TestDocuments.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test document " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a test document the way the import job does, by its file name. */
    public static ParsedArticle read(String fileName) {
        return new DocumentReader(FIVE_MEGABYTES).read(fileName, bytes(fileName));
    }

    /** The top-level blocks of a stored body, as elements. */
    public static List<Element> blocks(String bodyHtml) {
        return Jsoup.parseBodyFragment(bodyHtml).body().children();
    }

    /** The text of each top-level block of a stored body, in order. */
    public static List<String> blockTexts(String bodyHtml) {
        return blocks(bodyHtml).stream().map(Element::text).toList();
    }
}
