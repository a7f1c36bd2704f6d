package org.newsdesk.cms.newssource;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class NewsSourceRepository implements PanacheRepository<NewsSource> {

    public Optional<NewsSource> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public Optional<NewsSource> findByDomain(String domain) {
        return find("domain", domain).firstResultOptional();
    }

    public List<NewsSource> findByDomains(Collection<String> domains) {
        return domains.isEmpty() ? List.of() : list("domain in ?1", domains);
    }

    public List<NewsSource> listByName() {
        return listAll(Sort.by("name").and("id"));
    }
}
