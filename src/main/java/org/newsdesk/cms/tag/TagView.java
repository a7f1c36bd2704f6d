package org.newsdesk.cms.tag;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.audit.AuditKeys;

@Name("Tag")
@Description("A topic, person, place or organisation articles are about. An article carries several.")
public record TagView(
        @Id @NonNull @Description("Stable identifier.") long id,
        @NonNull @Description("URL name, unique. Slugs of tags merged into this one resolve to it too.") String slug,
        @NonNull @Description("Display name, e.g. Climate.") String name,
        @NonNull @Description("TOPIC, PERSON, PLACE or ORGANISATION.") TagKind kind,
        @Description("What the tag covers.") String description) implements AuditKeys {

    public static TagView of(Tag tag) {
        return new TagView(tag.id, tag.slug, tag.name, tag.kind, tag.description);
    }

    @Override
    public List<String> auditKeys() {
        return List.of("tag:" + id);
    }
}
