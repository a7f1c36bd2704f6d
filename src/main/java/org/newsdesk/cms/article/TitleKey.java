package org.newsdesk.cms.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a title for matching "Related article" links against headlines: case,
 * accents, quote styles, dashes and spacing do not matter; words and their order do.
 */
public final class TitleKey {

    public static final int MAX_LENGTH = Article.MAX_TITLE_LENGTH;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TitleKey() {
    }

    public static String of(String title) {
        String unaccented = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD)).replaceAll("");
        String folded = NOT_LETTERS_OR_DIGITS.matcher(unaccented.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return folded.length() <= MAX_LENGTH ? folded : folded.substring(0, MAX_LENGTH);
    }
}
