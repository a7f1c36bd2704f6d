package org.newsdesk.cms.related;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.article.ArticleView;

@Name("RelatedLink")
@Description("A \"Related article\" link. `article` is null while no visible article has the linked title.")
public final class RelatedLinkView {

    private final String title;
    private final String url;
    private final int paragraph;
    private final Long targetId;
    /** Whether {@link #target} was read with the link (a query that shows it). */
    private final boolean targetRead;
    private final ArticleView target;

    public static RelatedLinkView of(RelatedLink link) {
        return new RelatedLinkView(link);
    }

    RelatedLinkView(RelatedLink link) {
        this(link.title, link.url, link.paragraph, link.targetId);
    }

    RelatedLinkView(String title, String url, int paragraph, Long targetId) {
        this(title, url, paragraph, targetId, false, null);
    }

    private RelatedLinkView(String title, String url, int paragraph, Long targetId, boolean targetRead,
            ArticleView target) {
        this.title = title;
        this.url = url;
        this.paragraph = paragraph;
        this.targetId = targetId;
        this.targetRead = targetRead;
        this.target = target;
    }

    /** The same link with the article it points at, read in the same statement (null: none the caller may see). */
    RelatedLinkView withTarget(ArticleView article) {
        return new RelatedLinkView(title, url, paragraph, targetId, true, article);
    }

    public boolean targetRead() {
        return targetRead;
    }

    public ArticleView target() {
        return target;
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

    public Long targetId() {
        return targetId;
    }
}
