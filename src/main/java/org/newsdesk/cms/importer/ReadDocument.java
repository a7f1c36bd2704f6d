package org.newsdesk.cms.importer;

import org.newsdesk.cms.article.body.ArticleBody;
import org.newsdesk.cms.importer.document.ParsedArticle;

/**
 * A document read, parsed and its body prepared, waiting to be stored at its place in the
 * run; its file as the store keeps it ({@link ImportItem#storedFile}), so that an article
 * is found again by the file it was stored with.
 */
public record ReadDocument(int position, String file, ParsedArticle parsed, ArticleBody body) {

    public ReadDocument {
        file = ImportItem.storedFile(file);
    }
}
