package org.newsdesk.cms.audit;

import java.util.List;

/**
 * A mutation that succeeded, announced inside the transaction of its change (observers
 * write with it, or not at all): the operation, what it acted on ({@code article:12},
 * {@code import-run:7}…) and who.
 */
public record MutationApplied(String operation, List<String> targets, String user) {
}
