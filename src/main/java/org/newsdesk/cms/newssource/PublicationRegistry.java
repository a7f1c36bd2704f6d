package org.newsdesk.cms.newssource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.quarkus.logging.Log;

/**
 * Known publications, domain → display name and homepage, read from
 * {@code publications.tsv}: a header line, then one tab-separated line per
 * publication; {@code #} starts a comment. The copy built into the application
 * ({@code seeds/publications.tsv}) is always known; an import folder's own file
 * adds to it and wins where both name a domain.
 */
public final class PublicationRegistry {

    public static final String FILE_NAME = "publications.tsv";
    private static final String BUILT_IN = "cms/" + FILE_NAME;

    private final Map<String, Publication> byDomain;

    private PublicationRegistry(Map<String, Publication> byDomain) {
        this.byDomain = Map.copyOf(byDomain);
    }

    /** The built-in registry, plus {@code folder/publications.tsv} when there is one. */
    public static PublicationRegistry forFolder(Path folder) {
        Map<String, Publication> entries = new HashMap<>();
        try (InputStream builtIn = PublicationRegistry.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (builtIn != null) {
                read(builtIn, BUILT_IN, entries);
            }
            Path local = folder == null ? null : folder.resolve(FILE_NAME);
            if (local != null && Files.isRegularFile(local)) {
                try (InputStream in = Files.newInputStream(local)) {
                    read(in, local.toString(), entries);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the publication registry", e);
        }
        return new PublicationRegistry(entries);
    }

    public Optional<Publication> lookup(String domain) {
        return Optional.ofNullable(byDomain.get(domain.toLowerCase(Locale.ROOT)));
    }

    private static void read(InputStream in, String origin, Map<String, Publication> entries) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (number == 1 || line.isBlank() || line.startsWith("#")) {
                continue; // the header, blank lines and comments
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < 2 || fields[0].isBlank() || fields[1].isBlank()) {
                Log.warnf("%s line %d: expected 'domain<TAB>name<TAB>homepage', skipped", origin, number);
                continue;
            }
            String domain = fields[0].strip().toLowerCase(Locale.ROOT);
            String homepage = fields.length > 2 && !fields[2].isBlank() ? fields[2].strip() : null;
            entries.put(domain, new Publication(domain, fields[1].strip(), homepage));
        }
    }
}
