package org.newsdesk.cms.section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.newsdesk.cms.common.ApiException;
import org.newsdesk.cms.common.Ids;
import org.newsdesk.cms.common.Slugs;

import io.quarkus.arc.Arc;

/**
 * The section tree: reading it, editors' changes to it (create, rename, move), and
 * the sections documents name, matched by folded name and created when new.
 * Deleting a section concerns its articles too: see the article feature.
 */
@ApplicationScoped
public class SectionService {

    private final SectionRepository sections;
    private final SectionTreeOfRequest ofRequest;

    SectionService(SectionRepository sections, SectionTreeOfRequest ofRequest) {
        this.sections = sections;
        this.ofRequest = ofRequest;
    }

    /** Every section, read once per request (and again after a change to the tree in it). */
    public SectionTree tree() {
        if (!Arc.container().requestContext().isActive()) {
            return new SectionTree(sections.all());
        }
        SectionTree tree = ofRequest.get();
        if (tree == null) {
            tree = new SectionTree(sections.all());
            ofRequest.set(tree);
        }
        return tree;
    }

    /** After a change to the sections: the next {@link #tree()} reads them again. */
    public void changed() {
        if (Arc.container().requestContext().isActive()) {
            ofRequest.set(null);
        }
    }

    public Optional<SectionView> findBySlug(String slug) {
        return tree().bySlug(slug);
    }

    @Transactional
    public SectionView create(SectionInput input) {
        Section section = new Section();
        apply(input, section);
        sections.persist(section);
        changed();
        return tree().view(section.id).orElseThrow();
    }

    /** Renames, describes and moves a section (its articles and the sections under it move with it). */
    @Transactional
    public SectionView update(String id, SectionInput input) {
        Section section = require(id);
        apply(input, section);
        changed();
        return tree().view(section.id).orElseThrow();
    }

    /** The section with this id, for a change; NOT_FOUND when there is none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Section require(String id) {
        return sections.findByIdOptional(Ids.require(id, "section"))
                .orElseThrow(() -> ApiException.notFound("No section has the id '" + id + "'"));
    }

    /**
     * The id of the deepest section of each path of names (top first, e.g. World,
     * Europe), finding each level by folded name under the one above and creating
     * those not seen before. Paths are cut at {@link Section#MAX_DEPTH} levels, and at
     * a name that repeats one above it (a breadcrumb that loops).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<List<String>, Long> idsForPaths(List<List<String>> paths) {
        Map<List<String>, Long> ids = new HashMap<>();
        Map<String, Long> known = new HashMap<>(); // "parent id/name key" -> id, within this call
        for (List<String> path : paths) {
            Long parent = null;
            List<String> seen = new ArrayList<>();
            for (String name : path) {
                String key = Slugs.of(name);
                if (seen.contains(key) || seen.size() == Section.MAX_DEPTH) {
                    break;
                }
                seen.add(key);
                Long above = parent;
                parent = known.computeIfAbsent(above + "/" + key,
                        missing -> sections.findChild(above, key).orElseGet(() -> created(name, key, above)).id);
            }
            if (parent != null) {
                ids.put(path, parent);
            }
        }
        return ids;
    }

    private Section created(String name, String key, Long parentId) {
        Section section = new Section();
        section.name = name;
        section.nameKey = key;
        section.parentId = parentId;
        section.slug = Slugs.unique(key, sections::slugTaken);
        sections.persist(section);
        sections.flush(); // the next level's lookup, and the next document's, must see it
        changed();
        return section;
    }

    private void apply(SectionInput input, Section section) {
        String name = input.name.strip();
        Long parentId = input.parentId == null ? null : Ids.requireInput(input.parentId, "input.parentId");
        SectionTree tree = tree();
        if (parentId != null) {
            if (tree.view(parentId).isEmpty()) {
                throw ApiException.invalid("input.parentId", "no section has the id '" + input.parentId + "'");
            }
            if (section.id != null && tree.withDescendants(section.id).contains(parentId)) {
                throw ApiException.invalid("input.parentId", "a section cannot sit under itself or a section below it");
            }
            if (tree.ancestry(parentId).size() >= Section.MAX_DEPTH) {
                throw ApiException.invalid("input.parentId", "sections nest at most " + Section.MAX_DEPTH + " deep");
            }
        }
        String key = Slugs.of(name);
        sections.findChild(parentId, key).filter(other -> !other.id.equals(section.id)).ifPresent(other -> {
            throw ApiException.invalid("input.name", "a section named '" + other.name + "' is already there");
        });
        section.name = name;
        section.nameKey = key;
        section.parentId = parentId;
        section.description = input.description == null || input.description.isBlank() ? null
                : input.description.strip();
        section.slug = Slugs.choose(input.slug, section.slug, name,
                slug -> sections.findBySlug(slug).filter(other -> other != section).isPresent());
    }
}
