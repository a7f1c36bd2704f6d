package org.newsdesk.cms.article;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.newsdesk.cms.access.Access.Caller;
import org.newsdesk.cms.article.revision.Revisions;
import org.newsdesk.cms.common.ApiException;
import org.newsdesk.cms.common.Ids;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.section.SectionRepository;
import org.newsdesk.cms.section.SectionService;
import org.newsdesk.cms.tag.Tag;
import org.newsdesk.cms.tag.TagService;
import org.newsdesk.cms.tag.TagView;

/**
 * Editors' changes where articles meet sections and tags: an article's section and
 * tags (revisioned like every content change), and deleting or merging sections and
 * tags that articles use.
 */
@ApplicationScoped
public class ArticleTaxonomyService {

    private final ArticleRepository articles;
    private final SectionService sections;
    private final SectionRepository sectionRows;
    private final TagService tags;
    private final Revisions revisions;
    private final Event<ArticleChange> changes;

    ArticleTaxonomyService(ArticleRepository articles, SectionService sections, SectionRepository sectionRows,
            TagService tags, Revisions revisions, Event<ArticleChange> changes) {
        this.articles = articles;
        this.sections = sections;
        this.sectionRows = sectionRows;
        this.tags = tags;
        this.revisions = revisions;
        this.changes = changes;
    }

    /** Puts the article in a section (null: in none); a change is a new version and revision. */
    @Transactional
    public Article setSection(String id, String sectionId, Caller caller) {
        Article article = find(id);
        EditRights.check(article, caller);
        String editor = caller.user();
        Long section = sectionId == null ? null : sections.require(sectionId).id;
        if (java.util.Objects.equals(article.sectionId, section)) {
            return article;
        }
        article.sectionId = section;
        return changed(article, editor);
    }

    /** Replaces the article's tags, in the order given; a change is a new version and revision. */
    @Transactional
    public Article setTags(String id, List<String> tagIds, Caller caller) {
        Article article = find(id);
        EditRights.check(article, caller);
        String editor = caller.user();
        if (tagIds.size() > Tag.MAX_PER_ARTICLE) {
            throw ApiException.invalid("tagIds", "an article carries at most " + Tag.MAX_PER_ARTICLE + " tags");
        }
        List<Long> wanted = new ArrayList<>();
        for (int i = 0; i < tagIds.size(); i++) {
            long tagId = tags.require(tagIds.get(i), "tagIds[" + i + "]").id;
            if (!wanted.contains(tagId)) {
                wanted.add(tagId);
            }
        }
        if (article.tagIds.equals(wanted)) {
            return article;
        }
        article.tagIds.clear();
        article.tagIds.addAll(wanted);
        return changed(article, editor);
    }

    /**
     * Deletes a section. Refused with CONFLICT while sections sit under it, or while
     * articles are in it and {@code reassignTo} (another section, or none) is not given.
     */
    @Transactional
    public boolean deleteSection(String id, String reassignTo) {
        Section section = sections.require(id);
        if (sectionRows.hasChildren(section.id)) {
            throw ApiException.conflict("Sections sit under '" + section.name + "'; move or delete them first");
        }
        long inUse = articles.countInSection(section.id);
        if (inUse > 0) {
            if (reassignTo == null) {
                throw ApiException.conflict("'" + section.name + "' holds " + inUse + " articles; give reassignTo "
                        + "to move them to another section first").with("articleCount", inUse);
            }
            Section other = sections.require(reassignTo);
            if (other.id.equals(section.id)) {
                throw ApiException.invalid("reassignTo", "a section cannot be reassigned to itself");
            }
            articles.moveSection(section.id, other.id);
        }
        sectionRows.delete(section);
        sections.changed();
        return true;
    }

    /**
     * Merges {@code fromId} into {@code intoId}: articles with the first carry the second
     * (once), and the first's slug keeps resolving to the second.
     */
    @Transactional
    public TagView mergeTags(String fromId, String intoId) {
        Tag from = tags.require(fromId, "fromId");
        Tag into = tags.require(intoId, "intoId");
        if (from.id.equals(into.id)) {
            throw ApiException.invalid("intoId", "a tag cannot be merged into itself");
        }
        articles.retag(from.id, into.id);
        tags.retireInto(from, into);
        return TagView.of(into);
    }

    /**
     * Deletes a tag. Refused with CONFLICT while articles carry it and
     * {@code reassignTo} is not given; with it, they carry that tag instead.
     */
    @Transactional
    public boolean deleteTag(String id, String reassignTo) {
        Tag tag = tags.require(id, "id");
        long inUse = articles.countTagged(tag.id);
        if (inUse > 0) {
            if (reassignTo == null) {
                throw ApiException.conflict("'" + tag.name + "' is on " + inUse + " articles; give reassignTo to "
                        + "tag them with another tag first, or merge the tags").with("articleCount", inUse);
            }
            Tag other = tags.require(reassignTo, "reassignTo");
            if (other.id.equals(tag.id)) {
                throw ApiException.invalid("reassignTo", "a tag cannot be reassigned to itself");
            }
            articles.retag(tag.id, other.id);
        }
        tags.delete(tag);
        return true;
    }

    private Article changed(Article article, String editor) {
        article.updatedBy = editor;
        articles.flush();
        revisions.record(article, editor);
        changes.fire(ArticleChange.of(article));
        return article;
    }

    private Article find(String id) {
        return articles.findByIdWithSource(Ids.require(id, "article"))
                .orElseThrow(() -> ApiException.notFound("No article has the id '" + id + "'"));
    }
}
