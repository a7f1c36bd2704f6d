package org.newsdesk.cms.importer;

/**
 * A folder import run has finished (on start, by runImport, or on the command
 * line); fired after the run is recorded, for work best done once per run rather
 * than per document.
 *
 * @param changed how many articles the run created or updated
 */
public record ImportFinished(long runId, int changed) {
}
