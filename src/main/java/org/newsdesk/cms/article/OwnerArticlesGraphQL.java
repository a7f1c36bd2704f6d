package org.newsdesk.cms.article;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.newsdesk.cms.access.Viewer;
import org.newsdesk.cms.article.ArticleReads.Owners;
import org.newsdesk.cms.author.AuthorView;
import org.newsdesk.cms.common.PageSize;
import org.newsdesk.cms.newssource.SourceView;
import org.newsdesk.cms.section.SectionService;
import org.newsdesk.cms.section.SectionTree;
import org.newsdesk.cms.section.SectionView;
import org.newsdesk.cms.tag.TagView;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.api.Context;

/**
 * The {@code articles} and {@code articleCount} fields of authors, sources, sections
 * and tags, for a whole batch of them at once. They live here, beside the articles
 * they list, so that those features know nothing of articles.
 */
@GraphQLApi
public class OwnerArticlesGraphQL {

    private static final String PAGE_SIZE = "Page size, 0 to " + PageSize.MAX + ".";
    private static final String AFTER = "Cursor after which the page starts.";

    @Inject
    ArticleService articles;

    @Inject
    SectionService sections;

    @Inject
    SecurityIdentity identity;

    @Inject
    Context context;

    @Name("articleCount")
    @Description("Number of articles bylined to the author that the caller may see.")
    public List<@NonNull Integer> authorArticleCount(@Source List<AuthorView> batch) {
        List<Long> ids = batch.stream().map(AuthorView::id).toList();
        return counts(Owners.authors(ids), ids);
    }

    @Name("articles")
    @NonNull
    @Description("The author's articles, newest first.")
    public List<@NonNull ArticleConnection> authorArticles(@Source List<AuthorView> batch,
            @DefaultValue("20") @Description(PAGE_SIZE) int first, @Description(AFTER) String after) {
        List<Long> ids = batch.stream().map(AuthorView::id).toList();
        return pages(Owners.authors(ids), ids, ArticleQuery::byAuthor, first, after);
    }

    @Name("articleCount")
    @Description("Number of the source's articles that the caller may see.")
    public List<@NonNull Integer> sourceArticleCount(@Source List<SourceView> batch) {
        List<Long> ids = batch.stream().map(SourceView::id).toList();
        return counts(Owners.sources(ids), ids);
    }

    @Name("articles")
    @NonNull
    @Description("The source's articles, newest first.")
    public List<@NonNull ArticleConnection> sourceArticles(@Source List<SourceView> batch,
            @DefaultValue("20") @Description(PAGE_SIZE) int first, @Description(AFTER) String after) {
        List<Long> ids = batch.stream().map(SourceView::id).toList();
        return pages(Owners.sources(ids), ids, ArticleQuery::bySource, first, after);
    }

    @Name("articleCount")
    @Description("Number of articles in the section and the sections under it that the caller may see.")
    public List<@NonNull Integer> sectionArticleCount(@Source List<SectionView> batch) {
        List<Long> ids = batch.stream().map(SectionView::getId).toList();
        return counts(Owners.sections(subtrees(ids)), ids);
    }

    @Name("articles")
    @NonNull
    @Description("The articles of the section and of the sections under it, newest first.")
    public List<@NonNull ArticleConnection> sectionArticles(@Source List<SectionView> batch,
            @DefaultValue("20") @Description(PAGE_SIZE) int first, @Description(AFTER) String after) {
        List<Long> ids = batch.stream().map(SectionView::getId).toList();
        Map<Long, List<Long>> subtrees = subtrees(ids);
        return pages(Owners.sections(subtrees), ids, (viewer, id) -> ArticleQuery.inSections(viewer, subtrees.get(id)),
                first, after);
    }

    @Name("articleCount")
    @Description("Number of articles with the tag that the caller may see.")
    public List<@NonNull Integer> tagArticleCount(@Source List<TagView> batch) {
        List<Long> ids = batch.stream().map(TagView::id).toList();
        return counts(Owners.tags(ids), ids);
    }

    @Name("articles")
    @NonNull
    @Description("The articles with the tag, newest first.")
    public List<@NonNull ArticleConnection> tagArticles(@Source List<TagView> batch,
            @DefaultValue("20") @Description(PAGE_SIZE) int first, @Description(AFTER) String after) {
        List<Long> ids = batch.stream().map(TagView::id).toList();
        return pages(Owners.tags(ids), ids, ArticleQuery::byTag, first, after);
    }

    /** Each section with the sections under it. */
    private Map<Long, List<Long>> subtrees(List<Long> ids) {
        SectionTree tree = sections.tree();
        return ids.stream().distinct().collect(Collectors.toMap(Function.identity(), tree::withDescendants));
    }

    private List<ArticleConnection> pages(Owners owners, List<Long> ownerIds,
            BiFunction<Viewer, Long, ArticleQuery> listOf, int first, String after) {
        Viewer viewer = Viewer.of(identity);
        Map<Long, ArticleService.Page> pages = articles.pagesByOwner(owners, ownerIds, viewer, after,
                PageSize.check(first), Selection.forConnection(context));
        return ownerIds.stream()
                .map(id -> ArticleConnection.of(pages.get(id), listOf.apply(viewer, id), articles))
                .toList();
    }

    private List<Integer> counts(Owners owners, List<Long> ownerIds) {
        Map<Long, Long> counts = articles.countByOwner(owners, Viewer.of(identity));
        return ownerIds.stream().map(id -> counts.getOrDefault(id, 0L).intValue()).toList();
    }
}
