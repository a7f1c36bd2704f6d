package org.newsdesk.cms.importer;

import java.util.Locale;

import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.importer.document.CanonicalUrls;
import org.newsdesk.cms.importer.document.ParsedArticle;
import org.newsdesk.cms.importer.document.UnreadableDocumentException;
import org.newsdesk.cms.related.RelatedLink;

/**
 * What the store's columns can hold, checked when a document is read: a document
 * over a limit is refused with a reason, never with a database error halfway
 * through its batch. The limits are the entities' own.
 */
final class DocumentLimits {

    private DocumentLimits() {
    }

    /** @throws UnreadableDocumentException naming the field over its limit */
    static void check(ParsedArticle parsed) {
        checkLength("the title", parsed.title(), Article.MAX_TITLE_LENGTH);
        if (parsed.bodyHtml().length() > Article.MAX_BODY_LENGTH) {
            throw new UnreadableDocumentException(String.format(Locale.ROOT,
                    "the body is %,d characters long once cleaned; the limit is %,d",
                    parsed.bodyHtml().length(), Article.MAX_BODY_LENGTH));
        }
        if (parsed.image() != null) {
            checkLength("the picture's caption", parsed.image().caption(), Article.MAX_CAPTION_LENGTH);
            checkLength("the picture's credit", parsed.image().credit(), Article.MAX_CREDIT_LENGTH);
        }
        for (ParsedArticle.Link link : parsed.related()) {
            checkLength("the related article title '" + CanonicalUrls.abbreviate(link.title()) + "'", link.title(),
                    RelatedLink.MAX_TITLE_LENGTH);
        }
    }

    private static void checkLength(String what, String text, int limit) {
        if (text != null && text.length() > limit) {
            throw new UnreadableDocumentException(String.format(Locale.ROOT, "%s is %,d characters long; the limit is %,d",
                    what, text.length(), limit));
        }
    }
}
