package org.newsdesk.cms.tag;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Tag")
@Description("A topic, person, place or organisation articles are about. An article carries several.")
public record TagView(
        @Id @NonNull @Description("Stable identifier.") long id,
        @NonNull @Description("URL name, unique. Slugs of tags merged into this one resolve to it too.") String slug,
        @NonNull @Description("Display name, e.g. Climate.") String name,
        @NonNull @Description("TOPIC, PERSON, PLACE or ORGANISATION.") TagKind kind,
        @Description("What the tag covers.") String description) {

    public static TagView of(Tag tag) {
        return new TagView(tag.id, tag.slug, tag.name, tag.kind, tag.description);
    }
}
