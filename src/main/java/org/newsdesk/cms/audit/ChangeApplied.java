package org.newsdesk.cms.audit;

import java.util.List;

/**
 * A change that succeeded (a mutation, a scheduled publication, an import run),
 * announced inside its transaction (observers write with it, or not at all): the
 * operation, what it acted on ({@code article:12}, {@code import-run:7}…) and who.
 */
public record ChangeApplied(String operation, List<String> targets, String user) {
}
