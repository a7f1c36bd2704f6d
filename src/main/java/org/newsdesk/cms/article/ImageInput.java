package org.newsdesk.cms.article;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.newsdesk.cms.common.WebAddress;

@Input("ImageInput")
@Description("The lead picture's caption and credit.")
public class ImageInput {

    @Size(max = Article.MAX_CAPTION_LENGTH)
    @Description("What the picture shows (plain text, at most 2,000 characters).")
    public String caption;

    @Size(max = Article.MAX_CREDIT_LENGTH)
    @Description("Who took or supplied it (plain text, at most 500 characters).")
    public String credit;

    @WebAddress
    @Description("The picture's address.")
    public String url;
}
