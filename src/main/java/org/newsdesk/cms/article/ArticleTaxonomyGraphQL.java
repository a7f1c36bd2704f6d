package org.newsdesk.cms.article;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.newsdesk.cms.common.Viewer;
import org.newsdesk.cms.section.SectionService;
import org.newsdesk.cms.section.SectionTree;
import org.newsdesk.cms.section.SectionView;
import org.newsdesk.cms.tag.TagView;

import io.quarkus.security.identity.SecurityIdentity;

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
    SecurityIdentity identity;

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
    @RolesAllowed(Viewer.EDITOR_ROLE)
    @NonNull
    @Description("Puts the article in a section, or in none when sectionId is left out. A change is a new "
            + "version and revision.")
    public ArticleView setArticleSection(
            @NonNull @Id @Description("The article's id.") String id,
            @Id @Description("The section's id; leave out to take the article out of its section.") String sectionId) {
        return ArticleView.of(taxonomy.setSection(id, sectionId, editor()));
    }

    @Mutation("setArticleTags")
    @RolesAllowed(Viewer.EDITOR_ROLE)
    @NonNull
    @Description("Replaces the article's tags, in the order given (at most 50). A change is a new version and "
            + "revision.")
    public ArticleView setArticleTags(
            @NonNull @Id @Description("The article's id.") String id,
            @NonNull @Description("The tags' ids, in order; empty to remove every tag.") List<@NonNull String> tagIds) {
        return ArticleView.of(taxonomy.setTags(id, tagIds, editor()));
    }

    @Mutation("deleteSection")
    @RolesAllowed(Viewer.EDITOR_ROLE)
    @Description("Deletes a section. Refused with CONFLICT while sections sit under it, or while articles are in it "
            + "and reassignTo is not given.")
    public boolean deleteSection(
            @NonNull @Id @Description("The section's id.") String id,
            @Id @Description("The section its articles move to.") String reassignTo) {
        return taxonomy.deleteSection(id, reassignTo);
    }

    @Mutation("mergeTags")
    @RolesAllowed(Viewer.EDITOR_ROLE)
    @NonNull
    @Description("Merges one tag into another: articles with the first carry the second, and the first's slug keeps "
            + "resolving to the second. Returns the tag merged into.")
    public TagView mergeTags(
            @NonNull @Id @Description("The tag that goes.") String fromId,
            @NonNull @Id @Description("The tag that stays.") String intoId) {
        return taxonomy.mergeTags(fromId, intoId);
    }

    @Mutation("deleteTag")
    @RolesAllowed(Viewer.EDITOR_ROLE)
    @Description("Deletes a tag. Refused with CONFLICT while articles carry it and reassignTo is not given; with it, "
            + "they carry that tag instead.")
    public boolean deleteTag(
            @NonNull @Id @Description("The tag's id.") String id,
            @Id @Description("The tag its articles carry instead.") String reassignTo) {
        return taxonomy.deleteTag(id, reassignTo);
    }

    private String editor() {
        return identity.getPrincipal().getName();
    }
}
