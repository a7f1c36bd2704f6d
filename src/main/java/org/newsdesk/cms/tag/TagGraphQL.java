package org.newsdesk.cms.tag;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.newsdesk.cms.access.Access;
import org.newsdesk.cms.access.Permission;
import org.newsdesk.cms.audit.Audited;
import org.newsdesk.cms.common.Cursor;
import org.newsdesk.cms.common.Inputs;
import org.newsdesk.cms.common.PageInfo;
import org.newsdesk.cms.common.PageSize;

@GraphQLApi
public class TagGraphQL {

    private static final String CURSOR_LIST = "TAG_NAME";

    @Inject
    Access access;

    @Inject
    TagService tags;

    @Inject
    Inputs inputs;

    @Query("tag")
    @Description("One tag by slug (also by the slug of a tag merged into it); null when there is none.")
    public TagView tag(@NonNull @Description("The tag's slug, e.g. climate.") String slug) {
        return tags.findBySlug(slug).orElse(null);
    }

    @Query("tags")
    @NonNull
    @Description("Tags by name, a page at a time (at most " + PageSize.MAX + ").")
    public TagConnection tags(
            @DefaultValue("50") @Description("Page size, 0 to " + PageSize.MAX + ".") int first,
            @Description("Cursor after which the page starts.") String after,
            @Description("Only tags of this kind.") TagKind kind) {
        int size = PageSize.check(first);
        String list = CURSOR_LIST + (kind == null ? "" : "_" + kind.name());
        Cursor cursor = after == null ? null : Cursor.decode(after, list);
        List<Tag> rows = size == 0 ? List.of()
                : tags.pageByName(kind, cursor == null ? null : cursor.key(), cursor == null ? null : cursor.id(),
                        size + 1);
        List<TagEdge> edges = rows.stream().limit(size)
                .map(tag -> new TagEdge(new Cursor(list, tag.name, tag.id).encode(), TagView.of(tag)))
                .toList();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new TagConnection(edges, new PageInfo(rows.size() > size, end));
    }

    @Mutation("createTag")
    @Audited(target = "tag")
    @NonNull
    @Description("Adds a tag.")
    public TagView createTag(@NonNull @Description("The tag.") TagInput input) {
        access.require(Permission.EDIT_SECTIONS_AND_TAGS);
        return tags.create(inputs.check("input", input));
    }

    @Mutation("updateTag")
    @Audited(target = "tag")
    @NonNull
    @Description("Renames a tag, or changes its kind or description (and its slug, when given).")
    public TagView updateTag(
            @NonNull @Id @Description("The tag's id.") String id,
            @NonNull @Description("The tag, all of it; leave slug out to keep it.") TagInput input) {
        access.require(Permission.EDIT_SECTIONS_AND_TAGS);
        return tags.update(id, inputs.check("input", input));
    }
}
