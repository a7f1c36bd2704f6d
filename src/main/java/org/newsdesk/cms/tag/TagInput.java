package org.newsdesk.cms.tag;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.common.SlugFormat;

@Input("TagInput")
@Description("A tag: its name, kind and what it covers.")
public class TagInput {

    @NonNull
    @NotBlank
    @Size(max = Tag.MAX_NAME_LENGTH)
    @Description("Display name (1 to 300 characters); unique, ignoring case and accents.")
    public String name;

    @DefaultValue("TOPIC")
    @Description("TOPIC, PERSON, PLACE or ORGANISATION.")
    public TagKind kind = TagKind.TOPIC;

    @Size(max = Tag.MAX_DESCRIPTION_LENGTH)
    @Description("What the tag covers (plain text, at most 2,000 characters).")
    public String description;

    @SlugFormat
    @Description("URL name; generated from the name when left out. Unique.")
    public String slug;
}
