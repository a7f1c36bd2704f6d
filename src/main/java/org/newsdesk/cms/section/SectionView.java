package org.newsdesk.cms.section;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.audit.AuditKeys;

@Name("Section")
@Description("A section of the publication, e.g. World, or Europe under World. An article has at most one, its "
        + "primary section; a section's articles include those of the sections under it.")
public final class SectionView implements AuditKeys {

    private final long id;
    private final String slug;
    private final String name;
    private final String description;
    private final String path;
    private final Long parentId;

    SectionView(long id, String slug, String name, String description, String path, Long parentId) {
        this.id = id;
        this.slug = slug;
        this.name = name;
        this.description = description;
        this.path = path;
        this.parentId = parentId;
    }

    @Id
    @NonNull
    @Description("Stable identifier.")
    public long getId() {
        return id;
    }

    @NonNull
    @Description("URL name, unique.")
    public String getSlug() {
        return slug;
    }

    @NonNull
    @Description("Display name, e.g. Europe.")
    public String getName() {
        return name;
    }

    @Description("What the section covers.")
    public String getDescription() {
        return description;
    }

    @NonNull
    @Description("The slugs from the top of the tree down to this section, e.g. world/europe.")
    public String getPath() {
        return path;
    }

    /** The section above; null at the top. */
    public Long parentId() {
        return parentId;
    }

    @Override
    public List<String> auditKeys() {
        return List.of("section:" + id);
    }
}
