package org.newsdesk.cms.related;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("RelatedLink")
@Description("A \"Related article\" link. `article` is null while no visible article has the linked title.")
public final class RelatedLinkView {

    private final String title;
    private final String url;
    private final int paragraph;
    private final Long targetId;

    public static RelatedLinkView of(RelatedLink link) {
        return new RelatedLinkView(link);
    }

    RelatedLinkView(RelatedLink link) {
        title = link.title;
        url = link.url;
        paragraph = link.paragraph;
        targetId = link.targetId;
    }

    @NonNull
    @Description("The linked article's title as the source document shows it.")
    public String getTitle() {
        return title;
    }

    @Description("The link's address; null when the document gave only a placeholder.")
    public String getUrl() {
        return url;
    }

    @Description("Where the link stands in the body: the number of body blocks before it.")
    public int getParagraph() {
        return paragraph;
    }

    Long targetId() {
        return targetId;
    }
}
