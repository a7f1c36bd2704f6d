package org.newsdesk.cms.importer.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.tag.TagKind;

/**
 * What a document says about one article, before it meets the store.
 *
 * @param title        the headline, whitespace collapsed
 * @param authorNames  bylined authors in byline order, without duplicates
 * @param publishedOn  the document's publication date
 * @param image        the lead picture's caption and credit, or null when there is none
 * @param bodyHtml     the body, already through the safelist
 * @param related      "Related article" links in body order
 * @param canonicalUrl the original URL, or null when the document names none
 * @param sectionPath  the section, top first; empty when the document names none
 * @param tags         the tags in document order; empty when the document names none
 * @param language     the content's language as a BCP 47 tag, or null when the document does not say
 * @param sourceUri    the identifier a ninjs document gave that is not an http(s) address
 *                     (then it identifies the article, as a canonical URL does); null otherwise
 * @param withheld     the provider asks not to publish it yet (ninjs pubstatus "withheld"):
 *                     a new article starts as a draft
 */
public record ParsedArticle(
        String title,
        List<String> authorNames,
        LocalDate publishedOn,
        Picture image,
        String bodyHtml,
        List<Link> related,
        String canonicalUrl,
        List<String> sectionPath,
        List<Topic> tags,
        String language,
        String sourceUri,
        boolean withheld) {

    public ParsedArticle {
        authorNames = List.copyOf(authorNames);
        related = List.copyOf(related);
        sectionPath = List.copyOf(sectionPath);
        tags = List.copyOf(tags);
    }

    /** A document without a section or tags. */
    public ParsedArticle(String title, List<String> authorNames, LocalDate publishedOn, Picture image, String bodyHtml,
            List<Link> related, String canonicalUrl) {
        this(title, authorNames, publishedOn, image, bodyHtml, related, canonicalUrl, List.of(), List.of(), null, null,
                false);
    }

    /** The same document in a section (top first) with tags, both made safe ({@link Taxonomy}). */
    public ParsedArticle withTaxonomy(List<String> path, List<Topic> topics) {
        return new ParsedArticle(title, authorNames, publishedOn, image, bodyHtml, related, canonicalUrl,
                Taxonomy.path(path), Taxonomy.tags(topics), language, sourceUri, withheld);
    }

    /**
     * Stops a parser as soon as the body it is building grows past what the store holds:
     * the document will be refused anyway, and a hostile one of many megabytes would
     * otherwise keep it busy sanitizing blocks for tens of seconds.
     */
    static void checkBodyLength(CharSequence bodySoFar) {
        if (bodySoFar.length() > Article.MAX_BODY_LENGTH) {
            throw new UnreadableDocumentException(String.format(Locale.ROOT,
                    "the body is over %,d characters long once cleaned; the limit is %,d",
                    Article.MAX_BODY_LENGTH, Article.MAX_BODY_LENGTH));
        }
    }

    /**
     * A tag as the document names it.
     *
     * @param kind what it names, when the document says (ninjs subjects do); null otherwise
     */
    public record Topic(String name, TagKind kind) {
    }

    /** A lead picture as the document describes it; any part may be null. */
    public record Picture(String caption, String credit, String url) {
    }

    /**
     * A link to another article, by its title.
     *
     * @param title     the linked article's title as the document shows it
     * @param url       the link target, or null for a placeholder such as "#"
     * @param paragraph how many body blocks precede the link
     */
    public record Link(String title, String url, int paragraph) {
    }
}
