package org.newsdesk.cms.directread;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;

import org.newsdesk.cms.access.Viewer;
import org.newsdesk.cms.article.ArticleQuery;
import org.newsdesk.cms.article.ArticleReads.Owners;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.author.AuthorService;
import org.newsdesk.cms.author.AuthorView;

/**
 * {@code author(slug:)} for an anonymous reader, with its {@code articles(first:,
 * after:)} and {@code articleCount}, as {@code AuthorGraphQL} and
 * {@code OwnerArticlesGraphQL} resolve them: an author's page with their latest
 * published articles.
 */
@ApplicationScoped
class AuthorWriter {

    /** One {@code articles} field's page request. */
    private record PageAsked(int first, String after) {
    }

    private final AuthorService authors;
    private final ArticleService articles;
    private final ArticleListWriter lists;

    AuthorWriter(AuthorService authors, ArticleService articles, ArticleListWriter lists) {
        this.authors = authors;
        this.articles = articles;
        this.lists = lists;
    }

    ReadPlan.BoundRoot bind(Selected field, Map<String, Object> variables) {
        Map<String, Argument> arguments = field.arguments();
        String slug = Argument.text(arguments.get("slug"), variables);
        if (slug == null) {
            throw new ReadPlan.Declined();
        }
        Map<Selected, PageAsked> pages = new HashMap<>();
        for (Selected selected : field.fields()) {
            if (selected.name().equals("articles")) {
                pages.put(selected, new PageAsked(
                        Argument.pageSize(selected.arguments().get("first"), variables),
                        Argument.text(selected.arguments().get("after"), variables)));
            }
        }
        return json -> write(json, field, slug, pages);
    }

    private void write(JsonGenerator json, Selected field, String slug, Map<Selected, PageAsked> pages) {
        Optional<AuthorView> found = authors.viewBySlug(slug);
        if (found.isEmpty()) {
            json.writeNull(field.key());
            return;
        }
        AuthorView author = found.get();
        List<Long> ids = List.of(author.id());
        Owners owners = Owners.authors(ids);
        Selected counted = pageThatCounts(field, pages);
        ArticleService.PagesAndCounts countedPage = counted == null ? null
                : articles.firstPagesAndCounts(owners, ids, Viewer.READER, pages.get(counted).first(),
                        ArticleLoader.fetchFor(ArticleListWriter.nodes(counted)));
        json.writeStartObject(field.key());
        for (Selected selected : field.fields()) {
            if (ArticleJson.authorField(json, selected, author)) {
                continue;
            }
            switch (selected.name()) {
                case "articleCount" -> json.write(selected.key(), (countedPage != null ? countedPage.counts()
                        : articles.countByOwner(owners, Viewer.READER)).getOrDefault(author.id(), 0L).intValue());
                case "articles" -> {
                    PageAsked asked = pages.get(selected);
                    ArticleService.Page page = selected == counted ? countedPage.pages().get(author.id())
                            : articles.pagesByOwner(owners, ids, Viewer.READER, asked.after(), asked.first(),
                                    ArticleLoader.fetchFor(ArticleListWriter.nodes(selected))).get(author.id());
                    lists.write(json, selected, page, ArticleQuery.byAuthor(Viewer.READER, author.id()));
                }
                default -> throw new IllegalStateException("No plan writes Author." + selected.name());
            }
        }
        json.writeEnd();
    }

    /**
     * When {@code articleCount} is selected, the first page without a cursor: its
     * statement counts the author's articles too. Null when there is none.
     */
    private static Selected pageThatCounts(Selected field, Map<Selected, PageAsked> pages) {
        if (field.fields().stream().noneMatch(selected -> selected.name().equals("articleCount"))) {
            return null;
        }
        return field.fields().stream().filter(pages::containsKey)
                .filter(selected -> pages.get(selected).after() == null && pages.get(selected).first() > 0)
                .findFirst().orElse(null);
    }
}
