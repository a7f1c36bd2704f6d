package org.newsdesk.cms.importer;

/** A document read and parsed, waiting to be stored at its place in the run. */
public record ReadDocument(int position, String file, ParsedArticle parsed) {
}
