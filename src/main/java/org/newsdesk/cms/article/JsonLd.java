package org.newsdesk.cms.article;

import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.newsdesk.cms.author.AuthorKind;
import org.newsdesk.cms.author.AuthorView;
import org.newsdesk.cms.common.Jsonp;
import org.newsdesk.cms.newssource.SourceView;

/**
 * schema.org NewsArticle as JSON-LD, for a front end to embed in a
 * {@code <script type="application/ld+json">}. Built with JSON-P, so every string
 * is escaped, and '<' too, so no text can end the script element; absent facts
 * are left out rather than written as null.
 */
final class JsonLd {

    private JsonLd() {
    }

    static String newsArticle(ArticleView article, List<AuthorView> authors, PublishingConfig config) {
        JsonObjectBuilder json = Jsonp.PROVIDER.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "NewsArticle")
                .add("headline", article.getTitle());
        addIfPresent(json, "datePublished", article.getPublishedAt());
        json.add("dateModified", article.getUpdatedAt().toString());
        addIfPresent(json, "url", ArticleUrls.of(config, article.getSlug(), article.getCanonicalUrl()).orElse(null));
        addIfPresent(json, "isBasedOn", article.getCanonicalUrl());
        json.add("description", article.getExcerpt());
        json.add("wordCount", article.getWordCount());

        JsonArrayBuilder bylines = Jsonp.PROVIDER.createArrayBuilder();
        for (AuthorView author : authors) {
            bylines.add(Jsonp.PROVIDER.createObjectBuilder()
                    .add("@type", author.kind() == AuthorKind.AGENCY ? "Organization" : "Person")
                    .add("name", author.name()));
        }
        json.add("author", bylines);

        SourceView source = article.getSource();
        JsonObjectBuilder publisher = Jsonp.PROVIDER.createObjectBuilder().add("@type", "NewsMediaOrganization")
                .add("name", source == null ? config.publisherName() : source.name());
        if (source != null) {
            addIfPresent(publisher, "url", source.url());
        }
        json.add("publisher", publisher);

        ImageView image = article.getImage();
        if (image != null) {
            JsonObjectBuilder picture = Jsonp.PROVIDER.createObjectBuilder().add("@type", "ImageObject");
            addIfPresent(picture, "url", image.url());
            addIfPresent(picture, "caption", image.caption());
            addIfPresent(picture, "creditText", image.credit());
            json.add("image", picture);
        }
        // '<' only ever occurs inside strings here; as \u003c it cannot close the
        // page's <script> element ("</script>" in a headline), and the JSON is the same.
        return json.build().toString().replace("<", "\\u003c");
    }

    private static void addIfPresent(JsonObjectBuilder json, String key, Object value) {
        if (value != null) {
            json.add(key, value.toString());
        }
    }
}
