package org.newsdesk.cms.newssource;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.common.SlugFormat;
import org.newsdesk.cms.common.WebAddress;

@Input("SourceInput")
@Description("A publication.")
public class SourceInput {

    @NonNull
    @NotBlank
    @Size(max = NewsSource.MAX_NAME_LENGTH)
    @Description("Display name, e.g. The Moscow Times (1 to 300 characters).")
    public String name;

    @NonNull
    @NotBlank
    @Size(max = NewsSource.MAX_DOMAIN_LENGTH)
    @Pattern(regexp = "(?i)(?!www\\.)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}",
            message = "must be a web domain without www., e.g. themoscowtimes.com")
    @Description("Web domain without www., e.g. themoscowtimes.com. Unique.")
    public String domain;

    @WebAddress
    @Description("The publication's homepage.")
    public String url;

    @SlugFormat
    @Description("URL name; generated from the name when left out. Unique.")
    public String slug;
}
