package org.newsdesk.cms.importer;

import org.newsdesk.cms.article.ArticleBody;

/** A document read, parsed and its body prepared, waiting to be stored at its place in the run. */
public record ReadDocument(int position, String file, ParsedArticle parsed, ArticleBody body) {
}
