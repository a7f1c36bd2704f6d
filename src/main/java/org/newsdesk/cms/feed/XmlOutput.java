package org.newsdesk.cms.feed;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML document written with the JDK's StAX writer, which escapes markup in text and
 * attributes ({@code <}, {@code &}, {@code >}, so also {@code ]]>}). What XML 1.0 cannot
 * carry at all (control characters, lone surrogates, U+FFFE/U+FFFF) is left out of every
 * text first: titles and names come from documents, and one such character would make
 * the whole feed unreadable.
 */
final class XmlOutput {

    /** The JDK's own implementation, whatever else the class path offers. */
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    private final XMLStreamWriter writer;

    XmlOutput() {
        try {
            writer = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write XML", e);
        }
    }

    /** Opens an element; its name may carry a prefix declared above ({@code dc:creator}). */
    XmlOutput start(String name) {
        return run(() -> writer.writeStartElement(name));
    }

    /** Declares a namespace on the element just opened ({@code prefix} empty: the default namespace). */
    XmlOutput namespace(String prefix, String uri) {
        return run(() -> {
            if (prefix.isEmpty()) {
                writer.writeDefaultNamespace(uri);
            } else {
                writer.writeNamespace(prefix, uri);
            }
        });
    }

    XmlOutput attribute(String name, String value) {
        return run(() -> writer.writeAttribute(name, safe(value)));
    }

    XmlOutput text(String text) {
        return run(() -> writer.writeCharacters(safe(text)));
    }

    XmlOutput end() {
        return run(writer::writeEndElement);
    }

    /** {@code <name>text</name>}, or nothing when the text is null. */
    XmlOutput element(String name, String text) {
        return text == null ? this : start(name).text(text).end();
    }

    /** {@code <name/>}: give its attributes next; it needs no {@link #end}. */
    XmlOutput empty(String name) {
        return run(() -> writer.writeEmptyElement(name));
    }

    /** A line break between elements, for people reading the document. */
    XmlOutput newline() {
        return run(() -> writer.writeCharacters("\n"));
    }

    /** The document, every element closed, in UTF-8. */
    byte[] finish() {
        run(() -> {
            writer.writeEndDocument();
            writer.writeCharacters("\n");
            writer.close();
        });
        return bytes.toByteArray();
    }

    /** A time as RFC 3339 / W3C date-time in UTC, to the second (Atom, sitemaps). */
    static String rfc3339(Instant time) {
        return DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The text without the characters XML 1.0 cannot carry. */
    static String safe(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length();) {
            int point = text.codePointAt(i);
            int length = Character.charCount(point);
            if (!allowed(point)) {
                if (kept == null) {
                    kept = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (kept != null) {
                kept.appendCodePoint(point);
            }
            i += length;
        }
        return kept == null ? text : kept.toString();
    }

    /** XML 1.0's Char production; a lone surrogate reads as a code point in D800–DFFF and is refused. */
    private static boolean allowed(int point) {
        return point == 0x9 || point == 0xA || point == 0xD || (point >= 0x20 && point <= 0xD7FF)
                || (point >= 0xE000 && point <= 0xFFFD) || (point >= 0x10000 && point <= 0x10FFFF);
    }

    @FunctionalInterface
    private interface Step {
        void run() throws XMLStreamException;
    }

    private XmlOutput run(Step step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write XML", e);
        }
    }
}
