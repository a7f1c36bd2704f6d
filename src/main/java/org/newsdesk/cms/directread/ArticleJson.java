package org.newsdesk.cms.directread;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.json.stream.JsonGenerator;

import org.newsdesk.cms.article.ArticleView;
import org.newsdesk.cms.author.AuthorView;
import org.newsdesk.cms.newssource.SourceView;
import org.newsdesk.cms.related.RelatedLinkView;

/**
 * Writes the fields {@link PlanCompiler#TYPES} allows on articles, their sources,
 * authors and related links, and on pages, as the engine writes them: ids as strings, enums by name, times in ISO
 * 8601 with their offset, nulls as null.
 */
final class ArticleJson {

    /** The engine's format for {@code DateTime}. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private ArticleJson() {
    }

    /** Writes {@code article} under {@code key} (null: in a list), with what was {@code loaded} for it. */
    static void article(JsonGenerator json, String key, List<Selected> fields, ArticleView article, Loaded loaded) {
        start(json, key);
        for (Selected field : fields) {
            String name = field.key();
            switch (field.name()) {
                case "__typename" -> json.write(name, "Article");
                case "id" -> json.write(name, Long.toString(article.getId()));
                case "slug" -> json.write(name, article.getSlug());
                case "title" -> json.write(name, article.getTitle());
                case "status" -> json.write(name, article.getStatus().name());
                case "publishedAt" -> time(json, name, article.getPublishedAt());
                case "createdAt" -> time(json, name, article.getCreatedAt());
                case "updatedAt" -> time(json, name, article.getUpdatedAt());
                case "scheduledAt" -> time(json, name, article.getScheduledAt());
                case "version" -> json.write(name, article.getVersion());
                case "excerpt" -> text(json, name, article.getExcerpt());
                case "wordCount" -> json.write(name, article.getWordCount());
                case "canonicalUrl" -> text(json, name, article.getCanonicalUrl());
                case "source" -> source(json, field, article.getSource());
                case "authors" -> {
                    json.writeStartArray(name);
                    loaded.authorsOf(article).forEach(author -> author(json, field, author));
                    json.writeEnd();
                }
                case "related" -> {
                    json.writeStartArray(name);
                    loaded.relatedOf(article).forEach(link -> link(json, field, link, loaded));
                    json.writeEnd();
                }
                default -> throw new IllegalStateException("No plan writes Article." + field.name());
            }
        }
        json.writeEnd();
    }

    /** A related link in a list, with the article it points at from {@code loaded}. */
    private static void link(JsonGenerator json, Selected field, RelatedLinkView link, Loaded loaded) {
        json.writeStartObject();
        for (Selected selected : field.fields()) {
            String name = selected.key();
            switch (selected.name()) {
                case "__typename" -> json.write(name, "RelatedLink");
                case "title" -> json.write(name, link.getTitle());
                case "url" -> text(json, name, link.getUrl());
                case "paragraph" -> json.write(name, link.getParagraph());
                case "article" -> {
                    ArticleView target = loaded.target(link);
                    if (target == null) {
                        json.writeNull(name);
                    } else {
                        article(json, name, selected.fields(), target, loaded.ofTargets());
                    }
                }
                default -> throw new IllegalStateException("No plan writes RelatedLink." + selected.name());
            }
        }
        json.writeEnd();
    }

    /** A page's {@code pageInfo}. */
    static void pageInfo(JsonGenerator json, Selected pageInfo, boolean hasNextPage, String endCursor) {
        json.writeStartObject(pageInfo.key());
        for (Selected field : pageInfo.fields()) {
            switch (field.name()) {
                case "__typename" -> json.write(field.key(), "PageInfo");
                case "hasNextPage" -> json.write(field.key(), hasNextPage);
                case "endCursor" -> text(json, field.key(), endCursor);
                default -> throw new IllegalStateException("No plan writes PageInfo." + field.name());
            }
        }
        json.writeEnd();
    }

    private static void source(JsonGenerator json, Selected field, SourceView source) {
        if (source == null) {
            json.writeNull(field.key());
            return;
        }
        json.writeStartObject(field.key());
        for (Selected selected : field.fields()) {
            String name = selected.key();
            switch (selected.name()) {
                case "__typename" -> json.write(name, "Source");
                case "id" -> json.write(name, Long.toString(source.id()));
                case "slug" -> json.write(name, source.slug());
                case "name" -> json.write(name, source.name());
                case "domain" -> json.write(name, source.domain());
                case "url" -> text(json, name, source.url());
                default -> throw new IllegalStateException("No plan writes Source." + selected.name());
            }
        }
        json.writeEnd();
    }

    /** An author in a list (no key). */
    private static void author(JsonGenerator json, Selected field, AuthorView author) {
        json.writeStartObject();
        for (Selected selected : field.fields()) {
            if (!authorField(json, selected, author)) {
                throw new IllegalStateException("No plan writes Author." + selected.name());
            }
        }
        json.writeEnd();
    }

    /** Writes one of an author's own fields; false for a field that is not one of them. */
    static boolean authorField(JsonGenerator json, Selected selected, AuthorView author) {
        String name = selected.key();
        switch (selected.name()) {
            case "__typename" -> json.write(name, "Author");
            case "id" -> json.write(name, Long.toString(author.id()));
            case "slug" -> json.write(name, author.slug());
            case "name" -> json.write(name, author.name());
            case "kind" -> json.write(name, author.kind().name());
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Starts an object under {@code key}, or in a list when the key is null. */
    static void start(JsonGenerator json, String key) {
        if (key == null) {
            json.writeStartObject();
        } else {
            json.writeStartObject(key);
        }
    }

    static void text(JsonGenerator json, String key, String value) {
        if (value == null) {
            json.writeNull(key);
        } else {
            json.write(key, value);
        }
    }

    private static void time(JsonGenerator json, String key, OffsetDateTime value) {
        if (value == null) {
            json.writeNull(key);
        } else {
            json.write(key, DATE_TIME.format(value));
        }
    }
}
