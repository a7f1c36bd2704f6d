package org.newsdesk.cms.article;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.article.body.BodyFormat;
import org.newsdesk.cms.common.SlugFormat;
import org.newsdesk.cms.common.WebAddress;

/** An article as an editor writes it: the whole of it (updateArticle replaces every field). */
@Input("ArticleInput")
@Description("An article's content. On update every field is replaced; leave slug out to keep or generate it.")
public class ArticleInput {

    /** The largest body accepted, in characters. */
    public static final int MAX_BODY_LENGTH = 500_000;

    @NonNull
    @NotBlank
    @Size(max = Article.MAX_TITLE_LENGTH)
    @Description("The headline (plain text, 1 to 500 characters).")
    public String title;

    @NonNull
    @NotNull
    @Size(max = MAX_BODY_LENGTH)
    @Description("The body, in bodyFormat (at most 500,000 characters). HTML is sanitized.")
    public String body;

    @DefaultValue("HTML")
    @Description("The format of body: HTML (sanitized), MARKDOWN or TEXT (blank lines separate paragraphs).")
    public BodyFormat bodyFormat = BodyFormat.HTML;

    @SlugFormat
    @Description("URL name; generated from the title when left out. Unique.")
    public String slug;

    @Id
    @Size(max = 20)
    @Description("Authors in byline order.")
    public List<@NonNull String> authorIds;

    @Id
    @Description("The source (publication).")
    public String sourceId;

    @WebAddress
    @Description("The article's original address; unique.")
    public String canonicalUrl;

    @Valid
    @Description("The lead picture's caption and credit.")
    public ImageInput image;
}
