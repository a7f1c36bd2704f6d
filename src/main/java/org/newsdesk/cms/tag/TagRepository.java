package org.newsdesk.cms.tag;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TagRepository implements PanacheRepository<Tag> {

    /** The tag with this slug, or the one a tag of that slug was merged into. */
    public Optional<Tag> findBySlugOrAlias(String slug) {
        Optional<Tag> tag = find("slug", slug).firstResultOptional();
        if (tag.isPresent()) {
            return tag;
        }
        List<?> merged = getEntityManager().createNativeQuery("select tag_id from tag_alias where slug = ?1")
                .setParameter(1, slug).getResultList();
        return merged.isEmpty() ? Optional.empty() : findByIdOptional(((Number) merged.get(0)).longValue());
    }

    public List<Tag> findByNameKeys(Collection<String> nameKeys) {
        return nameKeys.isEmpty() ? List.of() : list("nameKey in ?1", nameKeys);
    }

    public Optional<Tag> findByNameKey(String nameKey) {
        return find("nameKey", nameKey).firstResultOptional();
    }

    public boolean slugTaken(String slug) {
        return count("slug", slug) > 0 || !getEntityManager()
                .createNativeQuery("select 1 from tag_alias where slug = ?1").setParameter(1, slug).getResultList()
                .isEmpty();
    }

    /** A page of tags by name (of one kind, when given), after the tag with {@code afterName}/{@code afterId}. */
    public List<Tag> pageByName(TagKind kind, String afterName, Long afterId, int limit) {
        String kindCondition = kind == null ? "" : " and kind = :kind";
        var query = afterName == null
                ? find("1 = 1" + kindCondition, Sort.by("name").and("id"), kindParameters(kind))
                : find("(name > :name or (name = :name and id > :id))" + kindCondition, Sort.by("name").and("id"),
                        kindParameters(kind).and("name", afterName).and("id", afterId));
        return query.range(0, limit - 1).list();
    }

    /** The slugs that resolved to one tag resolve to another from now on. */
    public void moveAliases(long fromTagId, long toTagId) {
        getEntityManager().createNativeQuery("update tag_alias set tag_id = ?1 where tag_id = ?2")
                .setParameter(1, toTagId).setParameter(2, fromTagId).executeUpdate();
    }

    /** Keeps {@code slug} resolving to {@code tagId}. */
    public void addAlias(String slug, long tagId) {
        getEntityManager().createNativeQuery("insert into tag_alias (slug, tag_id) values (?1, ?2)")
                .setParameter(1, slug).setParameter(2, tagId).executeUpdate();
    }

    private static io.quarkus.panache.common.Parameters kindParameters(TagKind kind) {
        io.quarkus.panache.common.Parameters parameters = new io.quarkus.panache.common.Parameters();
        return kind == null ? parameters : parameters.and("kind", kind);
    }
}
