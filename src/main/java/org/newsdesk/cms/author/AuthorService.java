package org.newsdesk.cms.author;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.newsdesk.cms.common.ApiException;
import org.newsdesk.cms.common.Ids;
import org.newsdesk.cms.common.ReadKeys;
import org.newsdesk.cms.common.ReadQueries;
import org.newsdesk.cms.common.Slugs;

/** Authors as bylines name them. */
@ApplicationScoped
public class AuthorService {

    private final AuthorRepository authors;
    private final ReadQueries queries;
    private final Set<String> agencyNames;

    AuthorService(AuthorRepository authors, ReadQueries queries, AuthorConfig config) {
        this.authors = authors;
        this.queries = queries;
        this.agencyNames = config.agencies().stream()
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The ids of the authors these byline names refer to, by slug, creating those not
     * seen before: one query for a whole batch of documents. Names that slug alike
     * ("Anna Smith", "ANNA SMITH") are one author, named as first seen.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Long> idsForNames(Collection<String> names) {
        Map<String, String> nameBySlug = new LinkedHashMap<>();
        names.forEach(name -> nameBySlug.putIfAbsent(Slugs.of(name), name));
        Map<String, Long> ids = new HashMap<>();
        authors.findBySlugs(nameBySlug.keySet()).forEach(author -> ids.put(author.slug, author.id));
        nameBySlug.forEach((slug, name) -> ids.computeIfAbsent(slug, missing -> {
            Author author = new Author();
            author.name = name;
            author.slug = slug;
            author.kind = kindOf(name);
            authors.persist(author);
            return author.id;
        }));
        return ids;
    }

    public Optional<Author> findBySlug(String slug) {
        return authors.findBySlug(slug);
    }

    /**
     * A reader's look-up: the author as the API shows them, through JDBC (no entity,
     * no Hibernate query), noting the key {@code author:<id>} so that an HTTP cache
     * purges the answer when the author is renamed.
     */
    public Optional<AuthorView> viewBySlug(String slug) {
        Optional<AuthorView> found = queries.list("select id, slug, name, kind from author where slug = ?",
                List.of(slug), row -> AuthorView.read(row, 1)).stream().findFirst();
        // Not found: an author created with this slug later must purge the answer too.
        ReadKeys.note(found.map(author -> "author:" + author.id()).orElse(ReadKeys.ANY_CHANGE));
        return found;
    }

    /** Up to {@code limit} authors by name, after the given name and id when those are set. */
    public List<Author> pageByName(String afterName, Long afterId, int limit) {
        return authors.pageByName(afterName, afterId, limit);
    }

    @Transactional
    public Author create(AuthorInput input) {
        Author author = new Author();
        apply(input, author);
        authors.persist(author);
        return author;
    }

    @Transactional
    public Author update(String id, AuthorInput input) {
        Author author = authors.findByIdOptional(Ids.require(id, "author"))
                .orElseThrow(() -> ApiException.notFound("No author has the id '" + id + "'"));
        apply(input, author);
        return author;
    }

    private void apply(AuthorInput input, Author author) {
        author.name = input.name.strip();
        author.kind = input.kind;
        author.slug = Slugs.choose(input.slug, author.slug, author.name,
                slug -> authors.findBySlug(slug).filter(other -> other != author).isPresent());
    }

    /** AGENCY for configured agency names, PERSON otherwise. */
    public AuthorKind kindOf(String name) {
        return agencyNames.contains(name.strip().toLowerCase(Locale.ROOT)) ? AuthorKind.AGENCY : AuthorKind.PERSON;
    }
}
