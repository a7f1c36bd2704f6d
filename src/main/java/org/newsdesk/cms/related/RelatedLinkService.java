package org.newsdesk.cms.related;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleRepository;
import org.newsdesk.cms.article.TitleKey;

/**
 * Keeps "Related article" links pointing at articles by title, whatever order
 * the articles arrive in: a new link resolves against the store, and a new or
 * renamed article resolves the links that were waiting for its title.
 */
@ApplicationScoped
public class RelatedLinkService {

    /** A link as a document or an editor gives it. */
    public record LinkSpec(String title, String url, int paragraph) {
    }

    private final RelatedLinkRepository links;
    private final ArticleRepository articles;

    RelatedLinkService(RelatedLinkRepository links, ArticleRepository articles) {
        this.links = links;
        this.articles = articles;
    }

    /** The links of the given articles, each article's in body order. */
    public List<RelatedLink> linksOf(List<Long> articleIds) {
        return links.findByArticleIds(articleIds);
    }

    /** The links that resolve to the given articles. */
    public List<RelatedLink> linksTo(List<Long> articleIds) {
        return links.findByTargetIds(articleIds);
    }

    /** Replaces {@code article}'s outgoing links, then resolves links elsewhere that wait for its title. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceLinks(Article article, List<LinkSpec> specs) {
        links.deleteByArticle(article);
        links.flush();
        int position = 0;
        for (LinkSpec spec : specs) {
            RelatedLink link = new RelatedLink();
            link.article = article;
            link.position = position++;
            link.paragraph = spec.paragraph();
            link.title = spec.title();
            link.titleKey = TitleKey.of(spec.title());
            link.url = spec.url();
            link.target = articles.findFirstByTitleKey(link.titleKey)
                    .filter(target -> !target.id.equals(article.id))
                    .orElse(null);
            link.articleId = article.id; // read-only columns, kept in step for readers
            link.targetId = link.target == null ? null : link.target.id;
            links.persist(link);
        }
        links.resolveWaitingLinks(article);
    }
}
