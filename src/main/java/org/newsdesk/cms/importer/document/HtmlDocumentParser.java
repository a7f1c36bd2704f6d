package org.newsdesk.cms.importer.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.newsdesk.cms.article.body.BodyHtml;
import org.newsdesk.cms.common.Slugs;

/**
 * Reads a saved web page (see DOCUMENT-FORMAT.md, part 2). Metadata comes from
 * Open Graph and article meta tags first, then from the visible page; the body is
 * the block elements of {@code <article>} outside navigation, headers, footers,
 * asides and figures. Whatever is kept still passes {@link BodyHtml#sanitize}.
 */
public final class HtmlDocumentParser {

    private static final Pattern RELATED_PREFIX = Pattern.compile("(?i)^\\s*related\\s+articles?\\s*:");
    private static final Pattern ORIGINAL_URL_PREFIX = Pattern.compile("(?i)^\\s*original\\s+url\\s*:");
    /** Words a dateline may hold besides its {@code <time>}: "Published on", "Last updated". */
    private static final int MAX_DATELINE_LABEL_WORDS = 2;
    /** A breadcrumb's first crumb that is the site's home page, not a section. */
    private static final Set<String> HOME_CRUMBS = Set.of("home", "homepage", "home-page", "start", "front-page",
            "accueil", "inicio", "startseite");
    private static final Pattern PATH_SEPARATOR = Pattern.compile("\\s*[>›»|]\\s*");
    // The long selectors parsed once rather than for every page.
    private static final Evaluator BODY_BLOCKS = Selector.evaluatorOf("p, h2, h3, h4, h5, h6, blockquote, ul, ol, pre");
    private static final Evaluator NOT_BODY = Selector.evaluatorOf(
            "nav, header, footer, aside, figure, form, script, style, noscript, template,"
                    + " iframe, button, .byline, .share, .share-buttons, .social, .newsletter, .advert, .ad");

    /**
     * @throws UnreadableDocumentException when the page holds no article: no title, no date, no body
     */
    public ParsedArticle parse(Document page) {
        Element article = Optional.ofNullable(page.selectFirst("article")).orElse(page.body());
        Optional<JsonLdArticle> jsonLd = JsonLdArticle.in(page);
        String title = title(page, article, jsonLd);
        LocalDate publishedOn = publishedOn(page, article, jsonLd);
        String canonicalUrl = canonicalUrl(page, jsonLd);

        List<Element> blocks = bodyBlocks(article);
        // A plain "By …" paragraph before the body is the byline, not body text.
        List<String> bylineNames = !blocks.isEmpty() && Bylines.isByline(blocks.get(0).text())
                ? Bylines.namesIn(blocks.remove(0).text())
                : List.of();
        List<String> authors = authors(page, article, bylineNames, jsonLd);
        StringBuilder html = new StringBuilder();
        List<ParsedArticle.Link> related = new ArrayList<>();
        int bodyBlocks = 0;
        for (Element block : blocks) {
            String text = block.text();
            if (isRelatedLinks(text)) {
                related.addAll(relatedLinks(block, bodyBlocks));
                continue;
            }
            if (ORIGINAL_URL_PREFIX.matcher(text).find()) {
                if (canonicalUrl == null) {
                    Element link = block.selectFirst("a[href]");
                    canonicalUrl = CanonicalUrls.require(link != null ? link.attr("href") : ORIGINAL_URL_PREFIX.matcher(text).replaceFirst(""));
                }
                continue;
            }
            if (text.isBlank()) {
                continue; // cleaning only ever removes text: no need to sanitize a block without any
            }
            String safe = BodyHtml.sanitizeVisible(block.outerHtml());
            if (!safe.isEmpty()) {
                html.append(safe).append('\n');
                bodyBlocks++;
                ParsedArticle.checkBodyLength(html);
            }
        }
        if (bodyBlocks == 0) {
            throw new UnreadableDocumentException("the page has no article paragraphs");
        }
        return new ParsedArticle(title, authors, publishedOn, picture(article), html.toString().strip(), related,
                canonicalUrl).withTaxonomy(sectionPath(page, jsonLd, title), topics(page, jsonLd));
    }

    /**
     * The section path: the page's breadcrumb (without the home page before it or the
     * article itself after it), else its article:section meta tag (which may hold a
     * path, "World > Europe"), else the JSON-LD articleSection.
     */
    private static List<String> sectionPath(Document page, Optional<JsonLdArticle> jsonLd, String title) {
        List<String> crumbs = new ArrayList<>(JsonLdArticle.breadcrumb(page));
        if (!crumbs.isEmpty() && HOME_CRUMBS.contains(Slugs.of(crumbs.get(0)))) {
            crumbs.remove(0);
        }
        if (!crumbs.isEmpty() && Slugs.of(crumbs.get(crumbs.size() - 1)).equals(Slugs.of(title))) {
            crumbs.remove(crumbs.size() - 1);
        }
        if (!crumbs.isEmpty()) {
            return crumbs;
        }
        String section = meta(page, "meta[property=article:section]");
        if (section != null) {
            return List.of(PATH_SEPARATOR.split(section));
        }
        return jsonLd.map(JsonLdArticle::sections).filter(sections -> !sections.isEmpty())
                .map(sections -> List.of(sections.get(0))).orElse(List.of());
    }

    /** Tags: article:tag meta tags, news_keywords and keywords meta tags, JSON-LD keywords; in that order. */
    private static List<ParsedArticle.Topic> topics(Document page, Optional<JsonLdArticle> jsonLd) {
        List<String> names = new ArrayList<>();
        page.select("meta[property=article:tag]").forEach(tag -> names.add(tag.attr("content")));
        names.addAll(Taxonomy.split(meta(page, "meta[name=news_keywords]")));
        names.addAll(Taxonomy.split(meta(page, "meta[name=keywords]")));
        jsonLd.ifPresent(article -> names.addAll(article.keywords()));
        return Taxonomy.topics(names, null);
    }

    private static String title(Document page, Element article, Optional<JsonLdArticle> jsonLd) {
        String title = firstNonBlank(
                meta(page, "meta[property=og:title]"),
                jsonLd.map(JsonLdArticle::headline).orElse(null),
                textOf(article.selectFirst("h1")),
                textOf(page.selectFirst("h1")),
                page.title());
        if (title == null) {
            throw new UnreadableDocumentException("no title: the page has no og:title, <h1> or <title> that shows any text");
        }
        return title;
    }

    private static LocalDate publishedOn(Document page, Element article, Optional<JsonLdArticle> jsonLd) {
        String published = firstNonBlank(
                meta(page, "meta[property=article:published_time]"),
                jsonLd.map(JsonLdArticle::datePublished).orElse(null),
                attrOf(article.selectFirst("time[datetime]"), "datetime"),
                attrOf(page.selectFirst("time[datetime]"), "datetime"),
                textOf(article.selectFirst("time")));
        if (published == null) {
            throw new UnreadableDocumentException(
                    "no publication date: the page has no article:published_time meta tag or <time datetime>");
        }
        return DocumentDates.parse(published).orElseThrow(() -> new UnreadableDocumentException(
                "the publication date '" + collapse(published) + "' is not a date this importer reads"));
    }

    private static String canonicalUrl(Document page, Optional<JsonLdArticle> jsonLd) {
        String url = firstNonBlank(meta(page, "meta[property=og:url]"), attrOf(page.selectFirst("link[rel=canonical]"), "href"),
                jsonLd.map(JsonLdArticle::url).orElse(null));
        return url == null ? null : CanonicalUrls.require(url);
    }

    private static List<String> authors(Document page, Element article, List<String> bylineNames,
            Optional<JsonLdArticle> jsonLd) {
        List<String> fromMeta = new ArrayList<>();
        for (Element meta : page.select("meta[name=author]")) {
            fromMeta.addAll(Bylines.namesIn(meta.attr("content")));
        }
        if (!fromMeta.isEmpty()) {
            return Bylines.distinct(fromMeta);
        }
        List<String> fromJsonLd = jsonLd.map(JsonLdArticle::authors).orElse(List.of());
        if (!fromJsonLd.isEmpty()) {
            return Bylines.distinct(fromJsonLd);
        }
        Elements linked = article.select("[rel=author], .byline a, .author a");
        if (!linked.isEmpty()) {
            return Bylines.distinct(linked.eachText());
        }
        Element byline = article.selectFirst(".byline, .author");
        if (byline != null) {
            return Bylines.namesIn(byline.text());
        }
        return bylineNames;
    }

    /** Whether a body block's text is a "Related article: …" paragraph (of saved pages and ninjs bodies alike). */
    static boolean isRelatedLinks(String blockText) {
        return RELATED_PREFIX.matcher(blockText).find();
    }

    /** The links of a "Related article" paragraph, standing after {@code paragraph} body blocks. */
    static List<ParsedArticle.Link> relatedLinks(Element block, int paragraph) {
        List<ParsedArticle.Link> links = new ArrayList<>();
        for (Element link : block.select("a")) {
            String linkTitle = collapse(link.text());
            if (!VisibleText.isBlank(linkTitle)) {
                links.add(new ParsedArticle.Link(linkTitle, linkTarget(link), paragraph));
            }
        }
        return links;
    }

    /**
     * A related link's http(s) address, or null. "#" is the placeholder saved pages use for
     * "no address": a {@code <base href>} would resolve it to an address, but not to the article.
     */
    private static String linkTarget(Element link) {
        if (link.attr("href").strip().startsWith("#")) {
            return null;
        }
        String href = link.attr("abs:href").isEmpty() ? link.attr("href") : link.attr("abs:href");
        return CanonicalUrls.isHttp(href) ? href : null;
    }

    private static ParsedArticle.Picture picture(Element article) {
        Element caption = article.selectFirst("figure figcaption, figcaption");
        if (caption == null) {
            return null;
        }
        Element figure = caption.closest("figure");
        Element image = figure == null ? null : figure.selectFirst("img[src]");
        Element creditElement = caption.selectFirst(".credit, cite, strong, b, small");
        String credit = creditElement == null ? null : blankToNull(collapse(creditElement.text()));
        Element captionCopy = caption.clone();
        Element copiedCredit = captionCopy.selectFirst(".credit, cite, strong, b, small");
        if (copiedCredit != null) {
            copiedCredit.remove();
        }
        String captionText = blankToNull(collapse(captionCopy.text()));
        if (captionText == null && credit == null) {
            return null;
        }
        String src = image == null ? null : image.attr("abs:src");
        return new ParsedArticle.Picture(captionText, credit, CanonicalUrls.isHttp(src) ? src : null);
    }

    /** Body blocks in document order, outermost only, outside page furniture. */
    private static List<Element> bodyBlocks(Element article) {
        Element content = article.clone();
        content.select(NOT_BODY).remove();
        content.select("h1").remove();
        List<Element> blocks = new ArrayList<>();
        Set<Element> taken = new HashSet<>();
        for (Element block : content.select(BODY_BLOCKS)) {
            boolean nested = block.parents().stream().anyMatch(taken::contains);
            if (!nested && !isDateLine(block)) {
                blocks.add(block);
                taken.add(block);
            }
        }
        return blocks;
    }

    /**
     * A dateline such as {@code <p>Updated: <time>…</time></p>}; a sentence that merely
     * holds a {@code <time>} ("The council votes on <time>Thursday</time>.") is body text.
     */
    private static boolean isDateLine(Element block) {
        try {
            return block.selectFirst("time") != null && wordsOutsideTime(block) <= MAX_DATELINE_LABEL_WORDS
                    || DocumentDates.parse(block.text()).isPresent();
        } catch (UnreadableDocumentException notADate) {
            return false;
        }
    }

    private static int wordsOutsideTime(Element block) {
        Element copy = block.clone();
        copy.select("time").remove();
        String words = copy.text().replaceAll("[\\p{P}\\p{S}\\s]+", " ").strip();
        return words.isEmpty() ? 0 : words.split(" ").length;
    }

    private static String meta(Document page, String selector) {
        return attrOf(page.selectFirst(selector), "content");
    }

    private static String attrOf(Element element, String attribute) {
        return element == null ? null : blankToNull(collapse(element.attr(attribute)));
    }

    private static String textOf(Element element) {
        return element == null ? null : blankToNull(collapse(element.text()));
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (!VisibleText.isBlank(candidate)) {
                return collapse(candidate);
            }
        }
        return null;
    }

    private static String collapse(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
