package org.newsdesk.cms.search;

import java.util.ArrayList;
import java.util.List;

import org.newsdesk.cms.common.ApiException;

/**
 * A search as a person typed it, read the way PostgreSQL's {@code websearch_to_tsquery}
 * reads it, so both engines understand the same syntax: words (all must occur),
 * {@code "a phrase"}, {@code or} between alternatives, {@code -word} to exclude.
 * Everything else is just text: no character can make parsing fail, and nothing
 * typed here ever becomes query text; engines get it as a parameter or as terms.
 */
public final class SearchQuery {

    /** The longest query accepted, in characters. */
    public static final int MAX_LENGTH = 500;

    /** A word or a quoted phrase, possibly excluded ({@code -word}). */
    public record Term(String text, boolean phrase, boolean excluded) {
    }

    /**
     * Terms joined by {@code or}: the group matches when one of them does (an
     * excluded term matches where it does not occur). A query matches when all of its groups do.
     */
    public record Group(List<Term> terms) {
    }

    private final String text;
    private final List<Group> groups;

    private SearchQuery(String text, List<Group> groups) {
        this.text = text;
        this.groups = groups;
    }

    /**
     * @throws ApiException VALIDATION on {@code query} when it is empty, too long, or
     *                      has no word to look for (only operators or excluded words)
     */
    public static SearchQuery parse(String raw) {
        String text = withoutControlCharacters(raw == null ? "" : raw).strip();
        if (text.isEmpty()) {
            throw ApiException.invalid("query", "is empty; give at least one word to search for");
        }
        if (text.length() > MAX_LENGTH) {
            throw ApiException.invalid("query", "is " + text.length() + " characters long; the limit is " + MAX_LENGTH);
        }
        List<Group> groups = groups(text);
        if (groups.stream().flatMap(group -> group.terms().stream()).allMatch(Term::excluded)) {
            throw ApiException.invalid("query", "has no word to search for (operators and excluded words alone"
                    + " find nothing); give at least one word");
        }
        return new SearchQuery(text, groups);
    }

    /** The query as typed, less control characters (which no database accepts in every position). */
    public String text() {
        return text;
    }

    public List<Group> groups() {
        return groups;
    }

    /** Tells this query's cursors from another query's. */
    String fingerprint() {
        return Integer.toHexString(text.hashCode());
    }

    private static List<Group> groups(String text) {
        List<List<Term>> groups = new ArrayList<>();
        boolean or = false;
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            boolean excluded = text.charAt(i) == '-';
            if (excluded) {
                i++;
            }
            boolean phrase = i < text.length() && text.charAt(i) == '"';
            int start = phrase ? i + 1 : i;
            int end = start;
            while (end < text.length() && (phrase ? text.charAt(end) != '"'
                    : !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"')) {
                end++;
            }
            String word = text.substring(start, end);
            i = phrase ? Math.min(end + 1, text.length()) : end;
            if (!excluded && !phrase && word.equalsIgnoreCase("or")) {
                or = true;
                continue;
            }
            if (!hasLetterOrDigit(word)) {
                continue; // punctuation alone: nothing to look for
            }
            Term term = new Term(word, phrase, excluded);
            if (or && !groups.isEmpty()) {
                groups.get(groups.size() - 1).add(term);
            } else {
                groups.add(new ArrayList<>(List.of(term)));
            }
            or = false;
        }
        return groups.stream().map(terms -> new Group(List.copyOf(terms))).toList();
    }

    private static boolean hasLetterOrDigit(String word) {
        return word.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static String withoutControlCharacters(String raw) {
        StringBuilder kept = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean drop = type == Character.CONTROL || type == Character.SURROGATE || type == Character.PRIVATE_USE
                    || type == Character.UNASSIGNED;
            kept.appendCodePoint(drop ? ' ' : c);
        });
        return kept.toString();
    }
}
