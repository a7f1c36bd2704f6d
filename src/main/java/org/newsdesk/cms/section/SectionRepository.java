package org.newsdesk.cms.section;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class SectionRepository implements PanacheRepository<Section> {

    public Optional<Section> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Every section: a publication has dozens or hundreds, and a tree is read whole. */
    public List<Section> all() {
        return list("order by name, id");
    }

    /** The section of this name under {@code parentId} (null: at the top), matched by folded name. */
    public Optional<Section> findChild(Long parentId, String nameKey) {
        return parentId == null
                ? find("parentId is null and nameKey = ?1", nameKey).firstResultOptional()
                : find("parentId = ?1 and nameKey = ?2", parentId, nameKey).firstResultOptional();
    }

    public boolean slugTaken(String slug) {
        return count("slug", slug) > 0;
    }

    public boolean hasChildren(long id) {
        return count("parentId", id) > 0;
    }
}
