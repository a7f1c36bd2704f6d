package org.newsdesk.cms.importer;

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

    private static final Pattern PREFIX = Pattern.compile("(?i)^\\s*by\\s+");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");

    private Bylines() {
    }

    /** True when {@code text} reads as a byline. */
    static boolean isByline(String text) {
        return PREFIX.matcher(text).find() && text.length() <= MAX_AUTHORS * MAX_NAME_LENGTH;
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
            if (!clean.isEmpty() && clean.length() <= MAX_NAME_LENGTH) {
                byKey.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean);
            }
        }
        List<String> result = new ArrayList<>(byKey.values());
        return result.size() > MAX_AUTHORS ? result.subList(0, MAX_AUTHORS) : result;
    }
}
