package org.newsdesk.cms.common;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.arc.Unremovable;

/**
 * The keys of what one request read (surrogate keys: {@code article:51}, {@code author:3},
 * {@code list:articles}, {@code search}…), for HTTP caches to purge exactly the answers
 * a change affects. The reads note them as they go; outside a request nothing is kept.
 */
@RequestScoped
@Unremovable // only looked up, never injected: Quarkus would otherwise remove it at build time
public class ReadKeys {

    public static final String ARTICLE_LIST = "list:articles";
    public static final String SEARCH = "search";
    /**
     * The key every purge carries: for answers any change may affect, such as the
     * directories of authors and sources with their counts (a new article, a new
     * source from an import, a rename).
     */
    public static final String ANY_CHANGE = "all";

    private final Set<String> keys = new LinkedHashSet<>();

    /** Notes keys for the current request, if there is one. */
    public static void note(String key) {
        ReadKeys current = current();
        if (current != null) {
            current.add(key);
        }
    }

    public static void noteAll(String prefix, Collection<?> ids) {
        ReadKeys current = current();
        if (current != null) {
            ids.forEach(id -> current.add(prefix + id));
        }
    }

    /** What the current request read so far, in the order first read. */
    public static List<String> ofThisRequest() {
        ReadKeys current = current();
        return current == null ? List.of() : current.list();
    }

    // Methods, not field access: the bean in hand is the request context's client proxy.
    void add(String key) {
        keys.add(key);
    }

    List<String> list() {
        return List.copyOf(keys);
    }

    /** The bean's client proxy: the same object for every request, looked up once. */
    private static volatile ReadKeys proxy;

    /** The current request's keys (through the client proxy), or null outside a request. */
    private static ReadKeys current() {
        ManagedContext requests = Arc.container().requestContext();
        if (!requests.isActive()) {
            return null;
        }
        ReadKeys found = proxy;
        if (found == null) {
            found = Arc.container().instance(ReadKeys.class).get();
            proxy = found;
        }
        return found;
    }

    /** Notes all of {@code keys} at once: one lookup for a page of reads. */
    public static void noteAll(Collection<String> keys) {
        ReadKeys current = current();
        if (current != null) {
            keys.forEach(current::add);
        }
    }
}
