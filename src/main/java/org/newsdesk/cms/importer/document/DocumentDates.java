package org.newsdesk.cms.importer.document;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the publication dates that saved articles carry ("September 02, 2025", ISO 8601). */
final class DocumentDates {

    private static final List<DateTimeFormatter> WRITTEN_FORMS = List.of(
            formatter("MMMM d, uuuu"),
            formatter("MMM d, uuuu"),
            formatter("MMM. d, uuuu"),
            formatter("d MMMM uuuu"),
            formatter("d MMM uuuu"),
            formatter("EEEE, MMMM d, uuuu"),
            formatter("EEE, MMM d, uuuu"));

    /** AP style abbreviates September as "Sept."; the JDK's English short form is "Sep". */
    private static final Pattern SEPT = Pattern.compile("(?i)\\bsept\\b");

    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Looks like a written or ISO date, whether or not that day exists. */
    private static final Pattern DATE_SHAPE = Pattern.compile(
            "(?i)^(?:[a-z]+,\\s+)?(?:[a-z]{3,9}\\.?\\s+\\d{1,2},\\s+\\d{4}|\\d{1,2}\\s+[a-z]{3,9}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}(?:[T ].*)?)$");

    private DocumentDates() {
    }

    private static DateTimeFormatter formatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * The date {@code text} names; empty when it is not a date at all.
     *
     * @throws UnreadableDocumentException when it has the shape of a date but names no real day
     */
    static Optional<LocalDate> parse(String text) {
        String candidate = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (candidate.isEmpty() || candidate.length() > 40 || !DATE_SHAPE.matcher(candidate).matches()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = parseAnyForm(candidate);
        // java.time counts a year 0 (1 BC); the calendar an article is dated in has none.
        if (date.isPresent() && date.get().getYear() < 1) {
            throw new UnreadableDocumentException("the date '" + candidate + "' is not a real calendar date: there is no year 0");
        }
        return date;
    }

    private static Optional<LocalDate> parseAnyForm(String candidate) {
        Optional<LocalDate> iso = parseIso(candidate);
        if (iso.isPresent()) {
            return iso;
        }
        String written = capitalizeWords(SEPT.matcher(candidate).replaceFirst("Sep"));
        boolean knownForm = false;
        for (DateTimeFormatter form : WRITTEN_FORMS) {
            try {
                return Optional.of(LocalDate.parse(written, form));
            } catch (DateTimeParseException notThisForm) {
                knownForm |= hasForm(written, form);
            }
        }
        // Only a known form that fails to resolve names a day that does not exist.
        throw new UnreadableDocumentException(knownForm
                ? "the date '" + candidate + "' is not a real calendar date"
                : "the date '" + candidate + "' is not in a form this importer reads, such as 'September 02, 2025'");
    }

    private static boolean hasForm(String text, DateTimeFormatter form) {
        ParsePosition position = new ParsePosition(0);
        return form.parseUnresolved(text, position) != null && position.getErrorIndex() < 0
                && position.getIndex() == text.length();
    }

    private static Optional<LocalDate> parseIso(String candidate) {
        if (!ISO_DAY.matcher(candidate).lookingAt()) {
            return Optional.empty();
        }
        try {
            if (candidate.length() == 10) {
                return Optional.of(LocalDate.parse(candidate, formatter("uuuu-MM-dd")));
            }
            String dateTime = candidate.replace(' ', 'T');
            try {
                return Optional.of(OffsetDateTime.parse(dateTime).toLocalDate());
            } catch (DateTimeParseException noOffset) {
                return Optional.of(LocalDateTime.parse(dateTime).toLocalDate());
            }
        } catch (DateTimeParseException e) {
            if (!isRealDay(candidate.substring(0, 10))) {
                throw new UnreadableDocumentException("the date '" + candidate + "' is not a real calendar date");
            }
            return Optional.empty();
        }
    }

    /** Whether "uuuu-MM-dd" names a day, whatever time follows it. */
    private static boolean isRealDay(String isoDate) {
        try {
            LocalDate.parse(isoDate, formatter("uuuu-MM-dd"));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** "SEPTEMBER 02, 2025" and "september 02, 2025" read like the title-case form. */
    private static String capitalizeWords(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean wordStart = true;
        for (char c : text.toCharArray()) {
            out.append(wordStart ? Character.toUpperCase(c) : Character.toLowerCase(c));
            wordStart = !Character.isLetter(c);
        }
        return out.toString();
    }
}
