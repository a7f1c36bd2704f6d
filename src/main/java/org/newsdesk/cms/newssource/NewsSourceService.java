package org.newsdesk.cms.newssource;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.newsdesk.cms.common.ApiException;
import org.newsdesk.cms.common.Ids;
import org.newsdesk.cms.common.ReadKeys;
import org.newsdesk.cms.common.ReadQueries;
import org.newsdesk.cms.common.Slugs;

/** Publications articles come from. */
@ApplicationScoped
public class NewsSourceService {

    private final NewsSourceRepository sources;
    private final ReadQueries queries;

    NewsSourceService(NewsSourceRepository sources, ReadQueries queries) {
        this.sources = sources;
        this.queries = queries;
    }

    public Optional<NewsSource> findBySlug(String slug) {
        return sources.findBySlug(slug);
    }

    /**
     * A reader's look-up: the source as the API shows it, through JDBC, noting the key
     * {@code source:<id>} so that an HTTP cache purges the answer when the source changes.
     */
    public Optional<SourceView> viewBySlug(String slug) {
        Optional<SourceView> found = queries.list("select id, slug, name, domain, url from news_source where slug = ?",
                List.of(slug), row -> SourceView.read(row, 1)).stream().findFirst();
        // Not found: a source created with this slug later must purge the answer too.
        ReadKeys.note(found.map(source -> "source:" + source.id()).orElse(ReadKeys.ANY_CHANGE));
        return found;
    }

    /** Every source, by name. */
    public List<NewsSource> listByName() {
        return sources.listByName();
    }

    @Transactional
    public NewsSource create(SourceInput input) {
        NewsSource source = new NewsSource();
        apply(input, source);
        sources.persist(source);
        return source;
    }

    @Transactional
    public NewsSource update(String id, SourceInput input) {
        NewsSource source = sources.findByIdOptional(Ids.require(id, "source"))
                .orElseThrow(() -> ApiException.notFound("No source has the id '" + id + "'"));
        apply(input, source);
        return source;
    }

    private void apply(SourceInput input, NewsSource source) {
        String domain = input.domain.strip().toLowerCase(Locale.ROOT);
        sources.findByDomain(domain).filter(other -> other != source).ifPresent(other -> {
            throw ApiException.invalid("input.domain", "'" + domain + "' is already the domain of source " + other.id);
        });
        source.name = input.name.strip();
        source.domain = domain;
        source.url = input.url == null || input.url.isBlank() ? null : input.url.strip();
        source.slug = Slugs.choose(input.slug, source.slug, source.name,
                slug -> sources.findBySlug(slug).filter(other -> other != source).isPresent());
    }

    /**
     * The ids of the sources for these domains, by domain, creating those not seen
     * before with the registry's display name and homepage, or with the domain as
     * its name when the registry does not know it. An existing source keeps the name
     * it has (an editor may have set it). One query for a whole batch of documents.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Long> idsForDomains(Collection<String> domains, PublicationRegistry registry) {
        Map<String, Long> ids = new HashMap<>();
        sources.findByDomains(domains).forEach(source -> ids.put(source.domain, source.id));
        for (String domain : domains) {
            ids.computeIfAbsent(domain, missing -> create(domain, registry).id);
        }
        return ids;
    }

    private NewsSource create(String domain, PublicationRegistry registry) {
        Publication known = registry.lookup(domain).orElse(new Publication(domain, domain, null));
        NewsSource source = new NewsSource();
        source.domain = domain;
        source.name = known.name();
        source.url = known.homepage();
        source.slug = Slugs.unique(Slugs.of(known.name()), slug -> sources.findBySlug(slug).isPresent());
        sources.persist(source);
        return source;
    }
}
