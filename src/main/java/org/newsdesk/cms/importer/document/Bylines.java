package org.newsdesk.cms.importer.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Splits bylines ("By A, B and C", "By Staff Reporter") into author names. */
final class Bylines {

    /** Authors in one byline; more is a paragraph that happens to start with "By". */
    static final int MAX_AUTHORS = 12;
    static final int MAX_NAME_LENGTH = 120;
    /** Words in one name at most; a longer "name" is a sentence ("By the time the ferry left, ..."). */
    static final int MAX_NAME_WORDS = 6;

    private static final Pattern PREFIX = Pattern.compile("(?i)^\\s*by\\s+");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");

    private Bylines() {
    }

    /**
     * True when {@code text} reads as a byline: "By" and then only names. A body paragraph
     * such as "By the time the ferry left, ..." starts the same way and must stay body text.
     */
    static boolean isByline(String text) {
        if (!PREFIX.matcher(text).find() || text.length() > MAX_AUTHORS * MAX_NAME_LENGTH) {
            return false;
        }
        String[] parts = SEPARATORS.split(PREFIX.matcher(text).replaceFirst("").strip());
        if (parts.length > MAX_AUTHORS) {
            return false;
        }
        for (String part : parts) {
            if (!part.isBlank() && !looksLikeName(part.strip())) {
                return false;
            }
        }
        return !namesIn(text).isEmpty();
    }

    /** A few words, capitalised unless a single word (agencies such as "dpa" write themselves in lower case). */
    private static boolean looksLikeName(String part) {
        String[] words = part.split("\\s+");
        return part.length() <= MAX_NAME_LENGTH && words.length <= MAX_NAME_WORDS
                && (words.length == 1 || !Character.isLowerCase(part.codePointAt(0)));
    }

    /** Names in a byline's plain text, e.g. "By Anna Smith and Reuters". */
    static List<String> namesIn(String bylineText) {
        return distinct(List.of(SEPARATORS.split(PREFIX.matcher(bylineText).replaceFirst(""))));
    }

    /** Cleans names (collapsed whitespace, no empties) and drops repeats, keeping byline order. */
    static List<String> distinct(List<String> names) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String name : names) {
            String clean = name.strip().replaceAll("\\s+", " ");
            if (!VisibleText.isBlank(clean) && clean.length() <= MAX_NAME_LENGTH) {
                byKey.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean);
            }
        }
        List<String> result = new ArrayList<>(byKey.values());
        return result.size() > MAX_AUTHORS ? result.subList(0, MAX_AUTHORS) : result;
    }
}
