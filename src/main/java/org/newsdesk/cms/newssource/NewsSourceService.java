package org.newsdesk.cms.newssource;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.newsdesk.cms.common.Slugs;

/** Publications articles come from. */
@ApplicationScoped
public class NewsSourceService {

    private final NewsSourceRepository sources;

    NewsSourceService(NewsSourceRepository sources) {
        this.sources = sources;
    }

    public Optional<NewsSource> findBySlug(String slug) {
        return sources.findBySlug(slug);
    }

    /** Every source, by name. */
    public List<NewsSource> listByName() {
        return sources.listByName();
    }

    /**
     * The source for a domain, created on first sight with the registry's display
     * name and homepage, or with the domain as its name when the registry does not
     * know it. An existing source keeps the name it has (an editor may have set it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public NewsSource findOrCreateForDomain(String domain, PublicationRegistry registry) {
        return sources.findByDomain(domain).orElseGet(() -> {
            Publication known = registry.lookup(domain).orElse(new Publication(domain, domain, null));
            NewsSource source = new NewsSource();
            source.domain = domain;
            source.name = known.name();
            source.url = known.homepage();
            source.slug = Slugs.unique(Slugs.of(known.name()), slug -> sources.findBySlug(slug).isPresent());
            sources.persist(source);
            return source;
        });
    }
}
