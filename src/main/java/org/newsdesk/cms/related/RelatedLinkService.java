package org.newsdesk.cms.related;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.newsdesk.cms.access.Access.Caller;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleRepository;
import org.newsdesk.cms.article.ArticleTitled;
import org.newsdesk.cms.article.EditRights;
import org.newsdesk.cms.article.TitleKey;
import org.newsdesk.cms.article.body.BodyHtml;
import org.newsdesk.cms.common.ApiException;
import org.newsdesk.cms.common.Ids;

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

    private static final int MAX_KEYS_PER_STATEMENT = 500;

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


    /**
     * Links {@code from} to {@code to} after its existing links (at the end of the
     * body); linking twice returns the existing link.
     */
    @Transactional
    public RelatedLink link(String fromId, String toId, Caller caller) {
        Article from = article(fromId, "fromId");
        EditRights.check(from, caller);
        Article to = article(toId, "toId");
        if (from.id.equals(to.id)) {
            throw ApiException.invalid("toId", "an article cannot be related to itself");
        }
        List<RelatedLink> existing = links.findByArticleIds(List.of(from.id));
        for (RelatedLink link : existing) {
            if (to.id.equals(link.targetId)) {
                return link;
            }
        }
        RelatedLink link = new RelatedLink();
        link.article = from;
        link.articleId = from.id;
        link.position = existing.stream().mapToInt(l -> l.position + 1).max().orElse(0);
        link.paragraph = BodyHtml.blockCount(from.bodyHtml);
        link.title = to.title;
        link.titleKey = to.titleKey;
        link.url = to.canonicalUrl;
        link.target = to;
        link.targetId = to.id;
        links.persist(link);
        return link;
    }

    /** Removes every link from {@code from} to {@code to}; false when there was none. */
    @Transactional
    public boolean unlink(String fromId, String toId, Caller caller) {
        Article from = article(fromId, "fromId");
        EditRights.check(from, caller);
        Article to = article(toId, "toId");
        return links.deleteBetween(from.id, to.id) > 0;
    }

    private Article article(String id, String argument) {
        return articles.findByIdOptional(Ids.require(id, "article"))
                .orElseThrow(() -> ApiException.notFound("No article has the id '" + id + "' (" + argument + ")"));
    }

    /** Replaces {@code article}'s outgoing links, as {@link #addLinks} adds them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceLinks(Article article, List<LinkSpec> specs, Function<String, Long> targets) {
        links.deleteByArticle(article);
        links.flush();
        addLinks(article, specs, targets);
    }

    /**
     * Adds the links of an article created in this transaction. {@code targets} gives,
     * for a link's folded title, the id of the article it means when the caller knows
     * it, else null: the link waits for {@link #resolveLinksTitled}, or for an article
     * of that title.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addLinks(Article article, List<LinkSpec> specs, Function<String, Long> targets) {
        int position = 0;
        for (LinkSpec spec : specs) {
            RelatedLink link = new RelatedLink();
            link.article = article;
            link.position = position++;
            link.paragraph = spec.paragraph();
            link.title = spec.title();
            link.titleKey = TitleKey.of(spec.title());
            link.url = spec.url();
            link.targetId = targets.apply(link.titleKey);
            link.target = link.targetId == null ? null : articles.reference(link.targetId);
            link.articleId = article.id; // read-only columns, kept in step for readers
            links.persist(link);
        }
    }

    /** An editor's new or retitled article takes the links that were waiting for its title. */
    void onArticleTitled(@Observes ArticleTitled titled) {
        resolveLinksTitled(List.of(titled.titleKey()));
    }

    /**
     * Points every unresolved link with one of these title keys at the oldest other
     * article of that title. Give it the keys of the links written and of the
     * articles created or retitled (by an editor or an import), after they are flushed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resolveLinksTitled(Collection<String> titleKeys) {
        List<String> keys = List.copyOf(titleKeys);
        // Bounded statements: one parameter per key.
        for (int from = 0; from < keys.size(); from += MAX_KEYS_PER_STATEMENT) {
            links.resolveLinksTitled(keys.subList(from, Math.min(keys.size(), from + MAX_KEYS_PER_STATEMENT)));
        }
    }
}
