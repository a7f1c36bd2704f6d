package org.newsdesk.cms.importer;

import org.newsdesk.cms.article.body.ArticleBody;
import org.newsdesk.cms.importer.document.ParsedArticle;

/** A document read, parsed and its body prepared, waiting to be stored at its place in the run. */
public record ReadDocument(int position, String file, ParsedArticle parsed, ArticleBody body) {
}
