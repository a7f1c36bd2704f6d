package org.newsdesk.cms.article;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a title for matching "Related article" links against headlines: case,
 * accents, quote styles, dashes and spacing do not matter; words and their order do.
 */
public final class TitleKey {

    public static final int MAX_LENGTH = 500;

    private TitleKey() {
    }

    public static String of(String title) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return folded.length() <= MAX_LENGTH ? folded : folded.substring(0, MAX_LENGTH);
    }
}
