package org.newsdesk.cms.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("Image")
@Description("The article's lead picture, as the source described it.")
public record ImageView(
        @Description("What the picture shows.") String caption,
        @Description("Who took or supplied it, e.g. a photographer or agency.") String credit,
        @Description("The picture's address, when the document gave one.") String url) {

    /** Null when the article has no picture. */
    static ImageView of(String caption, String credit, String url) {
        return caption == null && credit == null && url == null ? null : new ImageView(caption, credit, url);
    }
}
