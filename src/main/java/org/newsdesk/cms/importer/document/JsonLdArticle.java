package org.newsdesk.cms.importer.document;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsdesk.cms.common.Jsonp;

/**
 * The schema.org article a saved page describes in {@code <script type="application/ld+json">}.
 * News sites put headline, dates and authors there even when their meta tags lack
 * them; the HTML parser falls back to it. Malformed JSON is ignored, never fatal.
 */
record JsonLdArticle(String headline, String datePublished, List<String> authors, String url, List<String> sections,
        List<String> keywords) {

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
            "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting");
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cc}+");

    static Optional<JsonLdArticle> in(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonValue json = Jsonp.PROVIDER.createReader(new StringReader(script.data())).readValue();
                Optional<JsonObject> article = findArticle(json);
                if (article.isPresent()) {
                    return article.map(JsonLdArticle::of);
                }
            } catch (RuntimeException malformed) {
                // A broken block on a saved page is the page's problem; keep reading the rest. Not only
                // JsonException: Parsson refuses JSON nested too deeply with a plain RuntimeException.
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonObject> findArticle(JsonValue json) {
        if (json instanceof JsonArray array) {
            for (JsonValue item : array) {
                Optional<JsonObject> found = findArticle(item);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (json instanceof JsonObject object) {
            if (isArticle(object.get("@type"))) {
                return Optional.of(object);
            }
            if (object.containsKey("@graph")) {
                return findArticle(object.get("@graph"));
            }
        }
        return Optional.empty();
    }

    private static boolean isArticle(JsonValue type) {
        if (type instanceof JsonString name) {
            return ARTICLE_TYPES.contains(name.getString());
        }
        if (type instanceof JsonArray names) {
            return names.stream().anyMatch(JsonLdArticle::isArticle);
        }
        return false;
    }

    private static JsonLdArticle of(JsonObject article) {
        return new JsonLdArticle(text(article.get("headline")), text(article.get("datePublished")),
                names(article.get("author")), url(article), texts(article.get("articleSection")),
                keywords(article.get("keywords")));
    }

    /**
     * The names of the page's schema.org BreadcrumbList, in position order: the
     * section path a site shows above an article (often led by its home page).
     */
    static List<String> breadcrumb(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                Optional<JsonObject> list = findOfType(Jsonp.PROVIDER.createReader(new StringReader(script.data()))
                        .readValue(), "BreadcrumbList");
                if (list.isPresent() && list.get().get("itemListElement") instanceof JsonArray items) {
                    return crumbs(items);
                }
            } catch (RuntimeException malformed) {
                // as above: a broken block is ignored
            }
        }
        return List.of();
    }

    private static List<String> crumbs(JsonArray items) {
        record Crumb(int position, String name) {
        }
        List<Crumb> crumbs = new ArrayList<>();
        for (JsonValue item : items) {
            if (item instanceof JsonObject element) {
                String name = text(element.get("name"));
                if (name == null && element.get("item") instanceof JsonObject thing) {
                    name = text(thing.get("name"));
                }
                int position = element.get("position") instanceof JsonNumber number ? number.intValue() : crumbs.size();
                if (name != null) {
                    crumbs.add(new Crumb(position, name));
                }
            }
        }
        crumbs.sort(java.util.Comparator.comparingInt(Crumb::position));
        return crumbs.stream().map(Crumb::name).toList();
    }

    private static Optional<JsonObject> findOfType(JsonValue json, String type) {
        if (json instanceof JsonArray array) {
            for (JsonValue item : array) {
                Optional<JsonObject> found = findOfType(item, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (json instanceof JsonObject object) {
            if (object.get("@type") instanceof JsonString name && name.getString().equals(type)) {
                return Optional.of(object);
            }
            if (object.containsKey("@graph")) {
                return findOfType(object.get("@graph"), type);
            }
        }
        return Optional.empty();
    }

    /** A string, or the strings of an array. */
    private static List<String> texts(JsonValue value) {
        List<String> texts = new ArrayList<>();
        if (value instanceof JsonArray array) {
            array.forEach(item -> Optional.ofNullable(text(item)).ifPresent(texts::add));
        } else {
            Optional.ofNullable(text(value)).ifPresent(texts::add);
        }
        return texts;
    }

    /** schema.org keywords: an array of strings, or one comma-separated string. */
    private static List<String> keywords(JsonValue value) {
        List<String> keywords = new ArrayList<>();
        texts(value).forEach(text -> keywords.addAll(Taxonomy.split(text)));
        return keywords;
    }

    private static String url(JsonObject article) {
        String url = text(article.get("url"));
        if (url == null && article.get("mainEntityOfPage") instanceof JsonObject page) {
            url = text(page.get("@id"));
        }
        return url != null ? url : text(article.get("mainEntityOfPage"));
    }

    private static List<String> names(JsonValue author) {
        List<String> names = new ArrayList<>();
        if (author instanceof JsonArray authors) {
            authors.forEach(each -> names.addAll(names(each)));
        } else if (author instanceof JsonObject person) {
            Optional.ofNullable(text(person.get("name"))).ifPresent(names::add);
        } else if (text(author) != null) {
            names.addAll(Bylines.namesIn(text(author)));
        }
        return names;
    }

    /**
     * A string's text without control characters: a JSON escape can spell any of them,
     * U+0000 included, which HTML cannot and PostgreSQL refuses to store in text.
     */
    private static String text(JsonValue value) {
        if (!(value instanceof JsonString string)) {
            return null;
        }
        String text = CONTROL_CHARACTERS.matcher(string.getString()).replaceAll(" ").strip();
        return text.isEmpty() ? null : text;
    }
}
