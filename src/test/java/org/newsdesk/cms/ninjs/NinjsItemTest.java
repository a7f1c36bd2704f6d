package org.newsdesk.cms.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleService.DocumentFields;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.article.ArticleView;
import org.newsdesk.cms.author.AuthorKind;
import org.newsdesk.cms.author.AuthorView;
import org.newsdesk.cms.importer.document.NinjsDocumentParser;
import org.newsdesk.cms.importer.document.ParsedArticle;
import org.newsdesk.cms.importer.document.ParsedArticle.Link;
import org.newsdesk.cms.importer.document.ParsedArticle.Picture;
import org.newsdesk.cms.importer.document.ParsedArticle.Topic;
import org.newsdesk.cms.related.RelatedLink;
import org.newsdesk.cms.related.RelatedLinkView;
import org.newsdesk.cms.tag.TagKind;
import org.newsdesk.cms.tag.TagView;

/** What Article.ninjs writes reads back, through the ninjs importer, as the article it was written from. */
class NinjsItemTest {

    private static final String BODY = "<p>First &amp; <b>bold</b>.</p>\n<h2>Heading</h2>\n<ul><li>One</li></ul>\n<p>Last.</p>";

    private static Article article() {
        Article article = new Article();
        article.id = 51L;
        article.slug = "harbour-plan";
        article.setTitle("Harbour <Plan> & \"Quay\"");
        article.status = ArticleStatus.DRAFT;
        article.publishedAt = Instant.parse("2025-09-02T00:00:00Z");
        article.createdAt = Instant.parse("2025-09-01T08:00:00Z");
        article.updatedAt = Instant.parse("2025-09-03T10:11:12.345Z");
        article.changeBody(BODY);
        article.imageCaption = "The quay at dawn.";
        article.imageCredit = "Jane Doe / Harbour Herald";
        article.imageUrl = "https://img.example.org/quay.jpg";
        return article;
    }

    private static String write(Article article, List<RelatedLinkView> related) {
        return NinjsItem.write(new NinjsItem.Parts(ArticleView.of(article),
                List.of(new AuthorView(1, "ann-lee", "Ann Lee", AuthorKind.PERSON),
                        new AuthorView(2, "bo-chen", "Bo Chen", AuthorKind.PERSON),
                        new AuthorView(3, "afp", "AFP", AuthorKind.AGENCY)),
                List.of(new TagView(1, "oslo", "Oslo", TagKind.PLACE, null), new TagView(2, "ports", "Ports", TagKind.TOPIC, null),
                        new TagView(3, "ann-lee", "Ann Lee", TagKind.PERSON, null)),
                new DocumentFields(article.bodyHtml, "nb-NO", null), related));
    }

    private static RelatedLinkView link(String title, String url, int paragraph) {
        RelatedLink link = new RelatedLink();
        link.title = title;
        link.url = url;
        link.paragraph = paragraph;
        return RelatedLinkView.of(link);
    }

    @Test
    void anExportReadsBackAsTheArticle() {
        String ninjs = write(article(), List.of(link("Earlier Story", "https://news.example/a", 0),
                link("Middle Story", null, 2), link("Last Story", null, 9)));

        assertThat(NinjsSchemas.errors(NinjsSchemas.NINJS_2, ninjs)).isEmpty();
        assertThat(NinjsSchemas.errors(NinjsSchemas.CMS_EXPORT, ninjs)).isEmpty();
        ParsedArticle read = new NinjsDocumentParser().parse(ninjs);
        assertThat(read.title()).isEqualTo("Harbour <Plan> & \"Quay\"");
        assertThat(read.authorNames()).containsExactly("Ann Lee", "Bo Chen", "AFP");
        assertThat(read.publishedOn()).isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(read.bodyHtml()).isEqualTo(BODY);
        assertThat(read.related()).containsExactly(new Link("Earlier Story", "https://news.example/a", 0),
                new Link("Middle Story", null, 2), new Link("Last Story", null, 4));
        assertThat(read.image()).isEqualTo(new Picture("The quay at dawn.", "Jane Doe / Harbour Herald",
                "https://img.example.org/quay.jpg"));
        assertThat(read.tags()).containsExactly(new Topic("Ports", TagKind.TOPIC), new Topic("Ann Lee", TagKind.PERSON),
                new Topic("Oslo", TagKind.PLACE));
        assertThat(read.language()).isEqualTo("nb-NO");
        assertThat(read.canonicalUrl()).isNull();
        assertThat(read.sourceUri()).isEqualTo("urn:newsdesk:article:51");
        assertThat(read.withheld()).isTrue();
    }

    @Test
    void aNeverPublishedDraftIsDatedByItsCreation() {
        Article draft = article();
        draft.publishedAt = null;
        draft.canonicalUrl = "https://www.harbour-herald.example/plan";
        String ninjs = write(draft, List.of());

        assertThat(NinjsSchemas.errors(NinjsSchemas.CMS_EXPORT, ninjs)).isEmpty();
        ParsedArticle read = new NinjsDocumentParser().parse(ninjs);
        assertThat(read.publishedOn()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(read.canonicalUrl()).isEqualTo("https://www.harbour-herald.example/plan");
        assertThat(ninjs).contains("\"versioncreated\":\"2025-09-03T10:11:12Z\"");
    }

    @Test
    void bylinesJoinAsTheImporterSplitsThem() {
        assertThat(NinjsItem.byline(List.of("AFP"))).isEqualTo("AFP");
        assertThat(NinjsItem.byline(List.of("Ann Lee", "AFP"))).isEqualTo("Ann Lee and AFP");
        assertThat(NinjsItem.byline(List.of("A", "B", "C"))).isEqualTo("A, B and C");
    }
}
