package org.newsdesk.cms.ninjs;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.newsdesk.cms.article.ArticleService.DocumentFields;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.article.ArticleView;
import org.newsdesk.cms.article.ImageView;
import org.newsdesk.cms.author.AuthorView;
import org.newsdesk.cms.common.Jsonp;
import org.newsdesk.cms.importer.document.NinjsDocumentParser;
import org.newsdesk.cms.related.RelatedLinkView;
import org.newsdesk.cms.tag.TagKind;
import org.newsdesk.cms.tag.TagView;

/**
 * An article as a ninjs 2.x news item, written so that importing it again reads back
 * what the article holds: the title as a plain-text headline, the stored (sanitized)
 * body with each related link back at its place as a "Related article" paragraph, the
 * byline as "A, B and C", the publication day as {@code firstcreated}, tags in the
 * array of their kind. Only properties of the ninjs 2.x specification are written, so
 * an export is valid against IPTC's closed schema.
 */
final class NinjsItem {

    static final String STANDARD_VERSION = "2.3";
    static final String STANDARD_SCHEMA = "https://www.iptc.org/std/ninjs/ninjs-schema_2.3.json";
    private static final String PICTURE_NAME = "featureimage";
    private static final DateTimeFormatter UTC_SECONDS = DateTimeFormatter.ISO_INSTANT;

    private NinjsItem() {
    }

    /** Everything of one article a ninjs item shows. */
    record Parts(ArticleView article, List<AuthorView> authors, List<TagView> tags, DocumentFields fields,
            List<RelatedLinkView> related) {
    }

    static String write(Parts parts) {
        ArticleView article = parts.article();
        JsonObjectBuilder item = Jsonp.PROVIDER.createObjectBuilder()
                .add("uri", uriOf(article, parts.fields()))
                .add("type", "text")
                .add("version", Integer.toString(article.getVersion()))
                // ninjs' "when the first version was created": the publication, or for a draft never published
                // its creation (an import reads firstcreated as the publication date).
                .add("firstcreated", utcSeconds(article.getPublishedAt() != null ? article.getPublishedAt()
                        : article.getCreatedAt()))
                .add("versioncreated", utcSeconds(article.getUpdatedAt()))
                // "canceled" would say the item must not be used, and would not import again.
                .add("pubstatus", article.getStatus() == ArticleStatus.PUBLISHED ? "usable" : "withheld");
        if (parts.fields().language() != null) {
            item.add("language", parts.fields().language());
        }
        item.add("headlines", Jsonp.PROVIDER.createArrayBuilder().add(text("main", article.getTitle())));
        item.add("bodies", Jsonp.PROVIDER.createArrayBuilder().add(Jsonp.PROVIDER.createObjectBuilder()
                .add("role", "main")
                .add("contenttype", "text/html")
                .add("wordcount", article.getWordCount())
                .add("value", bodyWithLinks(parts.fields().bodyHtml(), parts.related()))));
        if (!parts.authors().isEmpty()) {
            item.add("by", byline(parts.authors().stream().map(AuthorView::name).toList()));
        }
        addConcepts(item, "subjects", parts.tags(), TagKind.TOPIC);
        addConcepts(item, "people", parts.tags(), TagKind.PERSON);
        addConcepts(item, "organisations", parts.tags(), TagKind.ORGANISATION);
        addConcepts(item, "places", parts.tags(), TagKind.PLACE);
        if (article.getImage() != null) {
            item.add("associations", Jsonp.PROVIDER.createArrayBuilder().add(picture(article)));
        }
        item.add("altids", Jsonp.PROVIDER.createArrayBuilder()
                .add(Jsonp.PROVIDER.createObjectBuilder().add("role", "newsdesk-id").add("value",
                        Long.toString(article.getId())))
                .add(Jsonp.PROVIDER.createObjectBuilder().add("role", "newsdesk-slug").add("value", article.getSlug())));
        item.add("standard", Jsonp.PROVIDER.createObjectBuilder().add("name", "ninjs").add("version", STANDARD_VERSION)
                .add("schema", STANDARD_SCHEMA));
        return item.build().toString();
    }

    /** The article's identity: its canonical URL, else the uri it was imported with, else our own uri for its id. */
    static String uriOf(ArticleView article, DocumentFields fields) {
        if (article.getCanonicalUrl() != null) {
            return article.getCanonicalUrl();
        }
        return fields.sourceUri() != null ? fields.sourceUri() : NinjsDocumentParser.OWN_URI_PREFIX + article.getId();
    }

    private static String utcSeconds(OffsetDateTime time) {
        return UTC_SECONDS.format(time.toInstant().truncatedTo(ChronoUnit.SECONDS));
    }

    private static JsonObjectBuilder text(String role, String value) {
        return Jsonp.PROVIDER.createObjectBuilder().add("role", role).add("contenttype", "text/plain").add("value", value);
    }

    /** "A", "A and B", "A, B and C": what the importer splits back into the same names. */
    static String byline(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static void addConcepts(JsonObjectBuilder item, String property, List<TagView> tags, TagKind kind) {
        JsonArrayBuilder concepts = Jsonp.PROVIDER.createArrayBuilder();
        List<TagView> ofKind = tags.stream().filter(tag -> tag.kind() == kind).toList();
        ofKind.forEach(tag -> concepts.add(Jsonp.PROVIDER.createObjectBuilder().add("name", tag.name())));
        if (!ofKind.isEmpty()) {
            item.add(property, concepts);
        }
    }

    private static JsonObjectBuilder picture(ArticleView article) {
        ImageView image = article.getImage();
        JsonObjectBuilder picture = Jsonp.PROVIDER.createObjectBuilder()
                .add("name", PICTURE_NAME)
                .add("uri", NinjsDocumentParser.OWN_URI_PREFIX + article.getId() + ":" + PICTURE_NAME)
                .add("type", "picture");
        if (image.credit() != null) {
            picture.add("by", image.credit());
        }
        if (image.caption() != null) {
            picture.add("descriptions", Jsonp.PROVIDER.createArrayBuilder().add(text("caption", image.caption())));
        }
        if (image.url() != null) {
            picture.add("renditions", Jsonp.PROVIDER.createArrayBuilder()
                    .add(Jsonp.PROVIDER.createObjectBuilder().add("name", "main").add("href", image.url())));
        }
        return picture;
    }

    /**
     * The stored body with each related link as a "Related article" paragraph before the
     * block it stood before (its {@code paragraph} counts the blocks ahead of it), as the
     * documents it came from had them. Without links, the body as stored.
     */
    static String bodyWithLinks(String bodyHtml, List<RelatedLinkView> related) {
        if (related.isEmpty()) {
            return bodyHtml;
        }
        Document body = Jsoup.parseBodyFragment(bodyHtml);
        body.outputSettings().prettyPrint(false);
        StringBuilder html = new StringBuilder();
        int blocks = 0;
        int next = 0;
        for (Node node : List.copyOf(body.body().childNodes())) {
            if (node instanceof Element) {
                while (next < related.size() && related.get(next).getParagraph() <= blocks) {
                    html.append(relatedParagraph(body, related.get(next++))).append('\n');
                }
                blocks++;
            }
            html.append(node.outerHtml());
        }
        while (next < related.size()) {
            html.append('\n').append(relatedParagraph(body, related.get(next++)));
        }
        return html.toString().strip();
    }

    private static String relatedParagraph(Document owner, RelatedLinkView link) {
        Element paragraph = owner.createElement("p").appendText("Related article: ");
        paragraph.appendElement("a").attr("href", link.getUrl() != null ? link.getUrl() : "#").text(link.getTitle());
        owner.body().appendChild(paragraph); // serialized with the document's settings, then taken out again
        String html = paragraph.outerHtml();
        paragraph.remove();
        return html;
    }
}
