package org.newsdesk.cms.author;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AuthorRepository implements PanacheRepository<Author> {

    public Optional<Author> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Author> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    /** A page of authors by name, after the author with {@code afterName}/{@code afterId}. */
    public List<Author> pageByName(String afterName, Long afterId, int limit) {
        if (afterName == null) {
            return findAll(Sort.by("name").and("id")).range(0, limit - 1).list();
        }
        return find("name > ?1 or (name = ?1 and id > ?2)", Sort.by("name").and("id"), afterName, afterId)
                .range(0, limit - 1).list();
    }
}
