package org.newsdesk.cms.importer.document;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks canonical URLs and derives a publication's domain from one. */
public final class CanonicalUrls {

    public static final int MAX_LENGTH = 2048;
    /** The longest host name DNS allows; a longer one names no publication (and overflows news_source.domain). */
    static final int MAX_HOST_LENGTH = 253;

    private CanonicalUrls() {
    }

    /** True for an absolute http(s) URL with a host DNS could know. */
    public static boolean isHttp(String url) {
        String host = url != null && url.length() <= MAX_LENGTH ? hostOf(url) : null;
        return host != null && host.length() <= MAX_HOST_LENGTH;
    }

    /**
     * @throws UnreadableDocumentException when {@code url} is not an absolute http(s) URL
     */
    static String require(String url) {
        String trimmed = url.strip();
        String host = trimmed.length() <= MAX_LENGTH ? hostOf(trimmed) : null;
        if (host != null && host.length() > MAX_HOST_LENGTH) {
            throw new UnreadableDocumentException("the original URL '" + abbreviate(trimmed) + "' names a host of "
                    + host.length() + " characters; a host name has at most " + MAX_HOST_LENGTH);
        }
        if (!isHttp(trimmed)) {
            throw new UnreadableDocumentException(
                    "the original URL '" + abbreviate(trimmed) + "' is not an absolute http(s) address");
        }
        return trimmed;
    }

    /** The publication's domain: the URL's host in lower case, without "www.". */
    public static String domainOf(String url) {
        String host = hostOf(url);
        if (host == null) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String hostOf(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return null;
            }
            String host = uri.getHost();
            return host == null || host.isBlank() ? null : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** At most 120 characters of {@code text}, for a message. */
    public static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
