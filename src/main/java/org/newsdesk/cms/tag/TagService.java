package org.newsdesk.cms.tag;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.newsdesk.cms.common.ApiException;
import org.newsdesk.cms.common.Ids;
import org.newsdesk.cms.common.Slugs;

/**
 * Tags: reading them, editors' changes (create, rename), and the tags documents
 * name, matched by folded name and created when new. Merging and deleting concern
 * articles too: see the article feature.
 */
@ApplicationScoped
public class TagService {

    /** A tag as a document names it. */
    public record TagName(String name, TagKind kind) {
    }

    private final TagRepository tags;

    TagService(TagRepository tags) {
        this.tags = tags;
    }

    public Optional<TagView> findBySlug(String slug) {
        return tags.findBySlugOrAlias(slug).map(TagView::of);
    }

    public List<Tag> pageByName(TagKind kind, String afterName, Long afterId, int limit) {
        return tags.pageByName(kind, afterName, afterId, limit);
    }

    @Transactional
    public TagView create(TagInput input) {
        Tag tag = new Tag();
        apply(input, tag);
        tags.persist(tag);
        return TagView.of(tag);
    }

    @Transactional
    public TagView update(String id, TagInput input) {
        Tag tag = require(id, "id");
        apply(input, tag);
        return TagView.of(tag);
    }

    /** The tag with this id, for a change; NOT_FOUND when there is none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Tag require(String id, String argument) {
        return tags.findByIdOptional(Ids.require(id, "tag"))
                .orElseThrow(() -> ApiException.notFound("No tag has the id '" + id + "' (" + argument + ")"));
    }

    /**
     * The ids of the tags these names refer to, by folded name, creating those not seen
     * before (with the kind the document gave, TOPIC when none): one query for a batch.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Long> idsForNames(List<TagName> names) {
        Map<String, TagName> byKey = new LinkedHashMap<>();
        names.forEach(name -> byKey.putIfAbsent(Slugs.of(name.name()), name));
        Map<String, Long> ids = new HashMap<>();
        tags.findByNameKeys(byKey.keySet()).forEach(tag -> ids.put(tag.nameKey, tag.id));
        byKey.forEach((key, name) -> ids.computeIfAbsent(key, missing -> {
            Tag tag = new Tag();
            tag.name = name.name();
            tag.nameKey = key;
            tag.kind = name.kind() == null ? TagKind.TOPIC : name.kind();
            tag.slug = Slugs.unique(key, tags::slugTaken);
            tags.persist(tag);
            tags.flush();
            return tag.id;
        }));
        return ids;
    }

    /** Keeps {@code from}'s slug (and the slugs merged into it) resolving to {@code into}; then removes {@code from}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retireInto(Tag from, Tag into) {
        tags.moveAliases(from.id, into.id);
        tags.delete(from);
        tags.flush(); // the slug is free only once the tag is gone
        tags.addAlias(from.slug, into.id);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(Tag tag) {
        tags.delete(tag);
    }

    private void apply(TagInput input, Tag tag) {
        String name = input.name.strip();
        String key = Slugs.of(name);
        tags.findByNameKey(key).filter(other -> !other.id.equals(tag.id)).ifPresent(other -> {
            throw ApiException.invalid("input.name", "the tag '" + other.name + "' has that name already");
        });
        tag.name = name;
        tag.nameKey = key;
        tag.kind = input.kind;
        tag.description = input.description == null || input.description.isBlank() ? null : input.description.strip();
        tag.slug = Slugs.choose(input.slug, tag.slug, name,
                slug -> tags.find("slug", slug).firstResultOptional().filter(other -> other != tag).isPresent());
    }
}
