package org.newsdesk.cms.section;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.common.SlugFormat;

@Input("SectionInput")
@Description("A section: its name, where it sits in the tree and what it covers.")
public class SectionInput {

    @NonNull
    @NotBlank
    @Size(max = Section.MAX_NAME_LENGTH)
    @Description("Display name (1 to 300 characters).")
    public String name;

    @Id
    @Description("The section it sits under; leave out for a top-level section.")
    public String parentId;

    @Size(max = Section.MAX_DESCRIPTION_LENGTH)
    @Description("What the section covers (plain text, at most 2,000 characters).")
    public String description;

    @SlugFormat
    @Description("URL name; generated from the name when left out. Unique.")
    public String slug;
}
