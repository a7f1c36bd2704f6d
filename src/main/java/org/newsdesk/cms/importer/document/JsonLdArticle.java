package org.newsdesk.cms.importer.document;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
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
record JsonLdArticle(String headline, String datePublished, List<String> authors, String url) {

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
                names(article.get("author")), url(article));
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
