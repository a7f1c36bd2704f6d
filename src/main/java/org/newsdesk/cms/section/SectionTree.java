package org.newsdesk.cms.section;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every section, read in one statement, with the tree's links: parents, children,
 * paths. Sections are few; a request that shows several reads the tree once.
 */
public final class SectionTree {

    private final Map<Long, Section> byId = new HashMap<>();
    private final Map<Long, List<Section>> children = new HashMap<>();
    private final List<Section> roots = new ArrayList<>();

    SectionTree(Collection<Section> sections) {
        sections.forEach(section -> byId.put(section.id, section));
        for (Section section : sections) { // already by name
            if (section.parentId == null || !byId.containsKey(section.parentId)) {
                roots.add(section);
            } else {
                children.computeIfAbsent(section.parentId, id -> new ArrayList<>()).add(section);
            }
        }
    }

    public Optional<SectionView> view(Long id) {
        return Optional.ofNullable(id == null ? null : byId.get(id)).map(this::view);
    }

    public Optional<SectionView> bySlug(String slug) {
        return byId.values().stream().filter(section -> section.slug.equals(slug)).findFirst().map(this::view);
    }

    public List<SectionView> roots() {
        return roots.stream().map(this::view).toList();
    }

    public List<SectionView> children(long id) {
        return children.getOrDefault(id, List.of()).stream().map(this::view).toList();
    }

    /** The section and every section under it, at any depth. */
    public List<Long> withDescendants(long id) {
        List<Long> ids = new ArrayList<>();
        List<Long> next = List.of(id);
        while (!next.isEmpty()) {
            ids.addAll(next);
            List<Long> below = new ArrayList<>();
            next.forEach(parent -> children.getOrDefault(parent, List.of()).forEach(child -> below.add(child.id)));
            next = below;
        }
        return ids;
    }

    /** The sections from the top down to {@code id}, both included. */
    public List<Section> ancestry(long id) {
        List<Section> path = new ArrayList<>();
        Section section = byId.get(id);
        while (section != null && path.size() <= Section.MAX_DEPTH * 2) { // a bound, whatever the data says
            path.add(0, section);
            section = section.parentId == null ? null : byId.get(section.parentId);
        }
        return path;
    }

    private SectionView view(Section section) {
        String path = String.join("/", ancestry(section.id).stream().map(s -> s.slug).toList());
        return new SectionView(section.id, section.slug, section.name, section.description, path, section.parentId);
    }
}
