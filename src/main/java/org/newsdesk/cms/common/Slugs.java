package org.newsdesk.cms.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * URL slugs from names and titles. Latin accents fold to their letters; other
 * scripts (Cyrillic, CJK…) stay as they are, so a non-Latin title still gives a
 * readable slug rather than an empty one.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 100;
    /** What a slug looks like: lower-case letters (any script) or digits, words joined by single hyphens. */
    public static final String PATTERN = "[\\p{Ll}\\p{Lo}\\p{M}\\p{N}]+(-[\\p{Ll}\\p{Lo}\\p{M}\\p{N}]+)*";
    private static final String FALLBACK = "untitled";
    // Compiled once: an import makes a few slugs for every document.
    private static final Pattern LATIN_ACCENTS = Pattern.compile("(?<=\\p{IsLatin})\\p{M}+");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern OUTER_HYPHENS = Pattern.compile("(^-+|-+$)");

    private Slugs() {
    }

    /** The slug for {@code text}, e.g. "Putin and Xi Tout…" → "putin-and-xi-tout…". */
    public static String of(String text) {
        String given = text == null ? "" : text;
        // Plain ASCII (most English titles) has no accents to fold: skip normalizing it.
        String lower = isAscii(given) ? given.toLowerCase(Locale.ROOT)
                : LATIN_ACCENTS.matcher(Normalizer.normalize(given, Normalizer.Form.NFKD)).replaceAll("")
                        .toLowerCase(Locale.ROOT); // é → e, but й stays й
        String slug = OUTER_HYPHENS.matcher(NOT_LETTERS_OR_DIGITS.matcher(lower).replaceAll("-")).replaceAll("");
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            if (cut <= MAX_LENGTH / 2) {
                // Not between the two halves of a letter outside the BMP (CJK extensions, historic scripts).
                cut = Character.isLowSurrogate(slug.charAt(MAX_LENGTH)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            }
            slug = slug.substring(0, cut);
        }
        return slug.isEmpty() ? FALLBACK : isAscii(slug) ? slug : Normalizer.normalize(slug, Normalizer.Form.NFC);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The slug to store for an author or a source: the one the editor asked for, if
     * no other holds it; otherwise the current one; a new one from {@code name} when
     * there is none yet.
     *
     * @param takenByOther whether another entity (not this one) already has a slug
     * @throws ApiException VALIDATION on {@code input.slug} when the requested slug is taken
     */
    public static String choose(String requested, String current, String name, Predicate<String> takenByOther) {
        if (requested != null) {
            if (takenByOther.test(requested)) {
                throw ApiException.invalid("input.slug", "'" + requested + "' is already used");
            }
            return requested;
        }
        return current != null ? current : unique(of(name), takenByOther);
    }

    /** {@code base}, or {@code base-2}, {@code base-3}… the first one {@code taken} refuses. */
    public static String unique(String base, Predicate<String> taken) {
        String candidate = base;
        for (int suffix = 2; taken.test(candidate); suffix++) {
            candidate = base + "-" + suffix;
        }
        return candidate;
    }
}
