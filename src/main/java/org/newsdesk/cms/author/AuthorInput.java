package org.newsdesk.cms.author;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.common.SlugFormat;

@Input("AuthorInput")
@Description("A person or agency as bylines name them.")
public class AuthorInput {

    @NonNull
    @NotBlank
    @Size(max = Author.MAX_NAME_LENGTH)
    @Description("The name as bylines show it (1 to 300 characters).")
    public String name;

    @DefaultValue("PERSON")
    @Description("PERSON or AGENCY.")
    public AuthorKind kind = AuthorKind.PERSON;

    @SlugFormat
    @Description("URL name; generated from the name when left out. Unique.")
    public String slug;
}
