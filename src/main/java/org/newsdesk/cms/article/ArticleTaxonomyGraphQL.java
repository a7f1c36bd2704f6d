package org.newsdesk.cms.article;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.newsdesk.cms.access.Access;
import org.newsdesk.cms.access.Permission;
import org.newsdesk.cms.audit.Audited;
import org.newsdesk.cms.section.SectionService;
import org.newsdesk.cms.section.SectionTree;
import org.newsdesk.cms.section.SectionView;
import org.newsdesk.cms.tag.TagView;


/** An article's section and tags, and editors' changes where articles meet sections and tags. */
@GraphQLApi
public class ArticleTaxonomyGraphQL {

    @Inject
    ArticleService articles;

    @Inject
    ArticleTaxonomyService taxonomy;

    @Inject
    SectionService sections;

    @Inject
    Access access;

    @Description("The article's primary section; null when it has none.")
    public List<SectionView> section(@Source List<ArticleView> batch) {
        if (batch.stream().allMatch(article -> article.sectionId() == null)) {
            return batch.stream().map(article -> (SectionView) null).toList();
        }
        SectionTree tree = sections.tree();
        return batch.stream().map(article -> tree.view(article.sectionId()).orElse(null)).toList();
    }

    @NonNull
    @Description("The article's tags, in the order its document or editor gave them.")
    public List<@NonNull List<@NonNull TagView>> tags(@Source List<ArticleView> batch) {
        Map<Long, List<TagView>> byArticle = articles.tagsOf(batch);
        return batch.stream().map(article -> byArticle.getOrDefault(article.getId(), List.of())).toList();
    }

    @Mutation("setArticleSection")
    @Audited(target = "article")
    @NonNull
    @Description("Puts the article in a section, or in none when sectionId is left out. A change is a new "
            + "version and revision.")
    public ArticleView setArticleSection(
            @NonNull @Id @Description("The article's id.") String id,
            @Id @Description("The section's id; leave out to take the article out of its section.") String sectionId) {
        return ArticleView.of(taxonomy.setSection(id, sectionId, access.require(Permission.WRITE_OWN_DRAFTS)));
    }

    @Mutation("setArticleTags")
    @Audited(target = "article")
    @NonNull
    @Description("Replaces the article's tags, in the order given (at most 50). A change is a new version and "
            + "revision.")
    public ArticleView setArticleTags(
            @NonNull @Id @Description("The article's id.") String id,
            @NonNull @Description("The tags' ids, in order; empty to remove every tag.") List<@NonNull String> tagIds) {
        return ArticleView.of(taxonomy.setTags(id, tagIds, access.require(Permission.WRITE_OWN_DRAFTS)));
    }

    @Mutation("deleteSection")
    @Audited(target = "section")
    @Description("Deletes a section. Refused with CONFLICT while sections sit under it, or while articles are in it "
            + "and reassignTo is not given.")
    public boolean deleteSection(
            @NonNull @Id @Description("The section's id.") String id,
            @Id @Description("The section its articles move to.") String reassignTo) {
        access.require(Permission.EDIT_SECTIONS_AND_TAGS);
        return taxonomy.deleteSection(id, reassignTo);
    }

    @Mutation("mergeTags")
    @Audited(target = "tag")
    @NonNull
    @Description("Merges one tag into another: articles with the first carry the second, and the first's slug keeps "
            + "resolving to the second. Returns the tag merged into.")
    public TagView mergeTags(
            @NonNull @Id @Description("The tag that goes.") String fromId,
            @NonNull @Id @Description("The tag that stays.") String intoId) {
        access.require(Permission.EDIT_SECTIONS_AND_TAGS);
        return taxonomy.mergeTags(fromId, intoId);
    }

    @Mutation("deleteTag")
    @Audited(target = "tag")
    @Description("Deletes a tag. Refused with CONFLICT while articles carry it and reassignTo is not given; with it, "
            + "they carry that tag instead.")
    public boolean deleteTag(
            @NonNull @Id @Description("The tag's id.") String id,
            @Id @Description("The tag its articles carry instead.") String reassignTo) {
        access.require(Permission.EDIT_SECTIONS_AND_TAGS);
        return taxonomy.deleteTag(id, reassignTo);
    }
}
