package org.newsdesk.cms.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import org.newsdesk.cms.access.Viewer;
import org.newsdesk.cms.article.ArticleQuery;
import org.newsdesk.cms.article.ArticleReads.Fetch;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleUrls;
import org.newsdesk.cms.article.ArticleView;
import org.newsdesk.cms.article.PublishingConfig;
import org.newsdesk.cms.author.AuthorService;
import org.newsdesk.cms.author.AuthorView;
import org.newsdesk.cms.newssource.NewsSourceService;
import org.newsdesk.cms.section.SectionService;
import org.newsdesk.cms.section.SectionTree;
import org.newsdesk.cms.section.SectionView;
import org.newsdesk.cms.tag.TagService;
import org.newsdesk.cms.tag.TagView;

/**
 * The newest published articles of a list, as feed items. Feeds are public: they show
 * what readers see (PUBLISHED only), whoever asks. A feed costs the same statements
 * whatever its size: finding the list's owner, the page with its authors and sources,
 * the page's tags, and the section tree.
 */
@ApplicationScoped
class FeedService {

    private final ArticleService articles;
    private final SectionService sections;
    private final TagService tags;
    private final AuthorService authors;
    private final NewsSourceService sources;
    private final PublishingConfig publishing;

    FeedService(ArticleService articles, SectionService sections, TagService tags, AuthorService authors,
            NewsSourceService sources, PublishingConfig publishing) {
        this.articles = articles;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.sources = sources;
        this.publishing = publishing;
    }

    /**
     * The feed of every article ({@code kind} null) or of the owner of {@code kind} with
     * this slug; empty when there is no such owner. A section's feed has the articles
     * of the sections under it too, a tag's is also found by the slug of a tag merged
     * into it.
     */
    @ActivateRequestContext
    Optional<Feed> feed(FeedKind kind, String slug, int limit, boolean fullContent) {
        SectionTree tree = sections.tree();
        Optional<Owner> owner = kind == null
                ? Optional.of(new Owner("all", null, "The newest articles from " + publishing.publisherName(),
                        ArticleQuery.of(Viewer.READER, null, null, null)))
                : switch (kind) {
                    case SECTION -> tree.bySlug(slug).map(section -> new Owner("section:" + section.getId(),
                            section.getName(), describe(section.getDescription(), "in", section.getName()),
                            ArticleQuery.inSections(Viewer.READER, tree.withDescendants(section.getId()))));
                    case TAG -> tags.findBySlug(slug).map(tag -> new Owner("tag:" + tag.id(), tag.name(),
                            describe(tag.description(), "about", tag.name()), ArticleQuery.byTag(Viewer.READER, tag.id())));
                    case AUTHOR -> authors.findBySlug(slug).map(author -> new Owner("author:" + author.id, author.name,
                            describe(null, "by", author.name), ArticleQuery.byAuthor(Viewer.READER, author.id)));
                    case SOURCE -> sources.findBySlug(slug).map(source -> new Owner("source:" + source.id, source.name,
                            describe(null, "from", source.name), ArticleQuery.bySource(Viewer.READER, source.id)));
                };
        return owner.map(found -> new Feed("urn:newsdesk:feed:" + found.id(), publishing.publisherName(),
                found.name() == null ? publishing.publisherName() : publishing.publisherName() + ": " + found.name(),
                found.description(), items(found.query(), tree, limit, fullContent)));
    }

    private List<FeedItem> items(ArticleQuery query, SectionTree tree, int limit, boolean fullContent) {
        List<ArticleView> page = articles.page(query, null, limit, new Fetch(fullContent, true)).articles();
        Map<Long, List<AuthorView>> bylines = articles.authorsOf(page); // read with the page
        Map<Long, List<TagView>> tagsOf = articles.tagsOf(page);
        List<FeedItem> items = new ArrayList<>(page.size());
        for (ArticleView article : page) {
            List<String> categories = new ArrayList<>();
            tree.view(article.sectionId()).map(SectionView::getName).ifPresent(categories::add);
            tagsOf.getOrDefault(article.getId(), List.of()).forEach(tag -> categories.add(tag.name()));
            items.add(new FeedItem(article.getId(), article.getTitle(),
                    ArticleUrls.of(publishing, article.getSlug(), article.getCanonicalUrl()).orElse(null),
                    article.getPublishedAt().toInstant(), article.getUpdatedAt().toInstant(),
                    bylines.getOrDefault(article.getId(), List.of()).stream().map(AuthorView::name).toList(),
                    categories, article.getExcerpt(), fullContent ? articles.bodyOf(article) : null));
        }
        return items;
    }

    private static String describe(String description, String preposition, String name) {
        return description != null ? description : "The newest articles " + preposition + " " + name;
    }

    /** Whose articles a feed lists, and how it presents itself. */
    private record Owner(String id, String name, String description, ArticleQuery query) {
    }
}
