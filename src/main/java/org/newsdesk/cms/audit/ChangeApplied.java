package org.newsdesk.cms.audit;

import java.util.List;
import java.util.Optional;

/**
 * A change that succeeded (a mutation, a scheduled publication, an import run),
 * announced inside its transaction (observers write with it, or not at all): the
 * operation, what it acted on ({@code article:12}, {@code import-run:7}…) and who.
 */
public record ChangeApplied(String operation, List<String> targets, String user) {

    /** The first article among {@code targets} ({@code article:12}), if any. */
    public static Optional<Long> firstArticle(List<String> targets) {
        return targets.stream().filter(key -> key.startsWith("article:"))
                .map(key -> key.substring("article:".length())).filter(id -> id.matches("\\d{1,18}"))
                .map(Long::valueOf).findFirst();
    }
}
