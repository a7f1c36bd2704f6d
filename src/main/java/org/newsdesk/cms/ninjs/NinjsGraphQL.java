package org.newsdesk.cms.ninjs;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleService.DocumentFields;
import org.newsdesk.cms.article.ArticleView;
import org.newsdesk.cms.author.AuthorView;
import org.newsdesk.cms.related.RelatedLinkReads;
import org.newsdesk.cms.related.RelatedLinkView;
import org.newsdesk.cms.tag.TagView;

/**
 * {@code Article.ninjs}: articles as ninjs 2.x news items, for partners and agencies
 * that take IPTC's JSON. Loaded for a whole batch of articles at once: one statement
 * each for the bodies, the tags and the related links (and the authors, unless they
 * were read with the articles), whatever the number of articles. The batch holds only
 * articles the caller may see; a link shows its own title and address, never an
 * article the caller may not see.
 */
@GraphQLApi
public class NinjsGraphQL {

    /** For an article deleted between two statements of the same request. */
    private static final DocumentFields GONE = new DocumentFields("", null, null);

    @Inject
    ArticleService articles;

    @Inject
    RelatedLinkReads links;

    @NonNull
    @Description("The article as a ninjs 2.x news item (IPTC's JSON format for news agencies), a JSON string:"
            + " uri (the canonical URL, else the uri it was imported with, else urn:newsdesk:article:{id}),"
            + " the title as headline, the sanitized HTML body with its related links as 'Related article'"
            + " paragraphs, by (the authors, 'A, B and C'), firstcreated (publication), versioncreated (last change),"
            + " pubstatus (usable when published, else withheld), language, the tags as subjects, people,"
            + " organisations and places by their kind, the lead picture as an association, and the article's id and"
            + " slug as altids. Only ninjs 2.x properties are written. Importing it again as a .json document"
            + " changes nothing (UNCHANGED).")
    public List<@NonNull String> ninjs(@Source List<ArticleView> batch) {
        Map<Long, List<AuthorView>> authors = articles.authorsOf(batch);
        Map<Long, List<TagView>> tags = articles.tagsOf(batch);
        Map<Long, DocumentFields> fields = articles.documentFieldsOf(batch);
        Map<Long, List<RelatedLinkView>> related = links.viewsOf(batch.stream().map(ArticleView::getId).toList(),
                false, false, true);
        return batch.stream().map(article -> NinjsItem.write(new NinjsItem.Parts(article,
                authors.getOrDefault(article.getId(), List.of()), tags.getOrDefault(article.getId(), List.of()),
                fields.getOrDefault(article.getId(), GONE), related.getOrDefault(article.getId(), List.of())))).toList();
    }
}
