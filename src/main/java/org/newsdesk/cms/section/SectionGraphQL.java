package org.newsdesk.cms.section;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsdesk.cms.access.Access;
import org.newsdesk.cms.access.Permission;
import org.newsdesk.cms.audit.Audited;
import org.newsdesk.cms.common.Inputs;

@GraphQLApi
public class SectionGraphQL {

    @Inject
    Access access;

    @Inject
    SectionService sections;

    @Inject
    Inputs inputs;

    @Query("section")
    @Description("One section by slug; null when there is none.")
    public SectionView section(@NonNull @Description("The section's slug, e.g. europe.") String slug) {
        return sections.findBySlug(slug).orElse(null);
    }

    @Query("sections")
    @NonNull
    @Description("The top of the section tree, by name; each section's children are below it.")
    public List<@NonNull SectionView> sections() {
        return sections.tree().roots();
    }

    @Description("The section this one sits under; null at the top of the tree.")
    public List<SectionView> parent(@Source List<SectionView> batch) {
        SectionTree tree = sections.tree();
        return batch.stream().map(section -> tree.view(section.parentId()).orElse(null)).toList();
    }

    @NonNull
    @Description("The sections directly under this one, by name.")
    public List<@NonNull List<@NonNull SectionView>> children(@Source List<SectionView> batch) {
        SectionTree tree = sections.tree();
        return batch.stream().map(section -> tree.children(section.getId())).toList();
    }

    @Mutation("createSection")
    @Audited(target = "section")
    @NonNull
    @Description("Adds a section, at the top of the tree or under another.")
    public SectionView createSection(@NonNull @Description("The section.") SectionInput input) {
        access.require(Permission.EDIT_SECTIONS_AND_TAGS);
        return sections.create(inputs.check("input", input));
    }

    @Mutation("updateSection")
    @Audited(target = "section")
    @NonNull
    @Description("Renames, describes or moves a section (give parentId to move it; the sections under it move "
            + "along). Never under itself or a section below it.")
    public SectionView updateSection(
            @NonNull @Id @Description("The section's id.") String id,
            @NonNull @Description("The section, all of it; leave slug out to keep it.") SectionInput input) {
        access.require(Permission.EDIT_SECTIONS_AND_TAGS);
        return sections.update(id, inputs.check("input", input));
    }
}
