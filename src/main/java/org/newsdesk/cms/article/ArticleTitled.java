package org.newsdesk.cms.article;

/**
 * An editor created an article or changed its title, and the change is flushed:
 * links that were waiting for an article of this (folded) title may now resolve.
 * Fired synchronously inside the editor's transaction, so whatever its observers
 * write commits or rolls back with the change.
 */
public record ArticleTitled(String titleKey) {
}
