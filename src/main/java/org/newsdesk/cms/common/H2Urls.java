package org.newsdesk.cms.common;

import java.util.Locale;
import java.util.Optional;

/** What an H2 JDBC URL says about the database behind it. */
public final class H2Urls {

    private H2Urls() {
    }

    /** The file an H2 URL names ({@code jdbc:h2:file:x}, {@code jdbc:h2:./x}, {@code jdbc:h2:~/x}), if any. */
    public static Optional<String> databaseFile(String jdbcUrl) {
        String prefix = "jdbc:h2:";
        if (!jdbcUrl.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return Optional.empty();
        }
        String name = jdbcUrl.substring(prefix.length());
        int options = name.indexOf(';');
        if (options >= 0) {
            name = name.substring(0, options);
        }
        if (name.toLowerCase(Locale.ROOT).startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.matches("(?i)[a-z]{2,}:.*")) {
            return Optional.empty(); // mem:, tcp:, ssl:, zip:, nio: …: not one local file of ours
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return name.isBlank() ? Optional.empty() : Optional.of(name);
    }

    /**
     * Whether the URL names a local database file that acknowledges a commit before it
     * is on disk: H2 writes committed changes up to half a second later unless the URL
     * says {@code WRITE_DELAY=0}, so a killed process loses commits it had confirmed.
     */
    public static boolean delaysWrites(String jdbcUrl) {
        return databaseFile(jdbcUrl).isPresent() && !option(jdbcUrl, "WRITE_DELAY").map("0"::equals).orElse(false);
    }

    /** The value of a setting the URL gives ({@code ;CACHE_SIZE=4096}), its name in any case. */
    public static Optional<String> option(String jdbcUrl, String name) {
        String[] parts = jdbcUrl.split(";");
        for (int i = 1; i < parts.length; i++) {
            String[] nameAndValue = parts[i].split("=", 2);
            if (nameAndValue.length == 2 && nameAndValue[0].strip().equalsIgnoreCase(name)) {
                return Optional.of(nameAndValue[1].strip());
            }
        }
        return Optional.empty();
    }
}
