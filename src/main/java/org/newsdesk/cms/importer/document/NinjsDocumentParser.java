package org.newsdesk.cms.importer.document;

import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;

import org.jsoup.Jsoup;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.common.Jsonp;
import org.newsdesk.cms.tag.TagKind;

/**
 * Reads a ninjs news item, IPTC's JSON format for news agencies: version 2.x as IPTC
 * publishes it, and the 1.x names agencies still send ({@code headline},
 * {@code byline}, {@code body_html}, {@code subject}, associations as an object).
 * Each property is read by its 2.x name, else by its 1.x name; properties it does not
 * use (provider extensions included) are ignored. Every string loses its control
 * characters, every body passes the body safelist ({@link NinjsBody}), and names go
 * through {@link Taxonomy} and {@link Bylines} like every document's. The mapping is
 * in docs/document-format.md, "ninjs (agency JSON)".
 */
public final class NinjsDocumentParser {

    /** The uri {@code Article.ninjs} gives an article that has no address of its own; its id follows. */
    public static final String OWN_URI_PREFIX = "urn:newsdesk:article:";
    /** JSON nested deeper than this is no news item (IPTC's own examples nest five levels). */
    static final int MAX_DEPTH = 64;
    /**
     * Subjects, people, organisations and places looked at, all arrays together: an
     * article keeps at most 50 tags, and a document listing a hundred thousand must not
     * keep the importer busy cleaning names it would drop anyway.
     */
    static final int MAX_CONCEPTS = 1000;
    /**
     * Headlines, bodies, associations, descriptions and renditions looked at, each: an item
     * offers a few alternatives, and reading the markup of thousands would only cost time.
     */
    static final int MAX_ALTERNATIVES = 100;

    private static final JsonParserFactory JSON = Jsonp.PROVIDER.createParserFactory(Map.of(
            "org.eclipse.parsson.maxDepth", MAX_DEPTH,
            // Two values for one key are read differently by different programs: refuse rather than guess.
            "org.eclipse.parsson.rejectDuplicateKeys", true));
    /** C0 and C1 controls but tab and line breaks: a JSON escape can spell any of them, U+0000 included. */
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]+");
    /** Bidi embeddings, overrides and isolates: they can make a name display as another. */
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PARSER_LOCATION = Pattern.compile("\\s*at \\(line no=\\d+, column no=\\d+, offset=-?\\d+\\)");
    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected char (-?\\d+)");
    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate key '(.*)'", Pattern.DOTALL);
    private static final int KEYS_NAMED = 5;

    /**
     * @throws UnreadableDocumentException when the text is not JSON, not a ninjs item, or
     *                                     a ninjs item without what an article needs
     */
    public ParsedArticle parse(String text) {
        JsonObject item = ninjsItem(json(text));
        Identity identity = identity(item);
        boolean withheld = pubStatus(item);
        String title = title(item);
        LocalDate publishedOn = publishedOn(item);
        NinjsBody body = body(item);
        String byline = firstVisible(plain(string(item, "by")), plain(string(item, "byline")));
        List<String> authors = byline == null ? List.of() : Bylines.namesIn(byline);
        return new ParsedArticle(title, authors, publishedOn, picture(item), body.html(), body.related(),
                identity.canonicalUrl(), List.of(), List.of(), language(item), identity.sourceUri(), withheld)
                .withTaxonomy(List.of(), topics(item));
    }

    /** The article id in one of {@link #OWN_URI_PREFIX our own} uris, or empty for any other uri. */
    public static Optional<Long> ownArticleId(String uri) {
        if (uri == null || !uri.startsWith(OWN_URI_PREFIX)) {
            return Optional.empty();
        }
        String id = uri.substring(OWN_URI_PREFIX.length());
        if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id));
    }

    // --- JSON and recognition --------------------------------------------------------------------------

    private static JsonValue json(String text) {
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) { // Parsson reports text after the value here, with its position
                throw new UnreadableDocumentException("not valid JSON: there is more text after the JSON value");
            }
            return value;
        } catch (JsonParsingException e) {
            throw new UnreadableDocumentException(String.format(Locale.ROOT, "not valid JSON at line %d, column %d: %s",
                    e.getLocation().getLineNumber(), e.getLocation().getColumnNumber(), parserMessage(e.getMessage())));
        } catch (IllegalStateException e) {
            // Parsson's refusal of a repeated key names the key, not its position.
            Matcher key = DUPLICATE_KEY.matcher(String.valueOf(e.getMessage()));
            throw new UnreadableDocumentException("not valid JSON for an import: "
                    + (key.find() ? "the key \"" + CanonicalUrls.abbreviate(clean(key.group(1))) + "\" appears" : "a key appears")
                    + " twice in one object, and programs differ in which of the values they take");
        } catch (JsonException | NoSuchElementException e) {
            throw new UnreadableDocumentException("not valid JSON: " + parserMessage(e.getMessage()));
        } catch (RuntimeException e) {
            // Parsson refuses JSON nested too deeply with a plain RuntimeException.
            if (e.getMessage() != null && e.getMessage().contains("deeply nested")) {
                throw new UnreadableDocumentException("not a ninjs document: the JSON is nested more than " + MAX_DEPTH
                        + " levels deep");
            }
            throw e;
        }
    }

    /** The parser's message without its location (given apart), with the end of the text said in words. */
    private static String parserMessage(String message) {
        if (message == null) {
            return "the text ends before the JSON does";
        }
        String plain = PARSER_LOCATION.matcher(message).replaceAll("");
        Matcher unexpected = UNEXPECTED_CHAR.matcher(plain);
        if (unexpected.find()) {
            int c = Integer.parseInt(unexpected.group(1));
            plain = unexpected.replaceFirst(c < 0 ? "the text ends before the JSON does (is a string left open?)"
                    : Matcher.quoteReplacement("unexpected character '" + printable(c) + "'"));
        }
        if (plain.startsWith("Expected EOF token")) {
            return "there is more text after the JSON value";
        }
        return plain.replace("Invalid token=EOF", "the text ends before the JSON does");
    }

    private static String printable(int c) {
        return Character.isISOControl(c) || !Character.isValidCodePoint(c) ? String.format(Locale.ROOT, "U+%04X", c)
                : new String(Character.toChars(c));
    }

    /** The JSON as a ninjs item: an object with a "uri" and a headline or a body, in 1.x or 2.x names. */
    private static JsonObject ninjsItem(JsonValue json) {
        if (!(json instanceof JsonObject item)) {
            throw new UnreadableDocumentException("not a ninjs document: it is a JSON " + kindOf(json)
                    + ", and a ninjs item is an object");
        }
        if (isNinjs3(item)) {
            throw new UnreadableDocumentException("ninjs 3.x (camelCase names such as \"versionCreated\") is not read"
                    + " yet: ask the provider for ninjs 2.x or 1.x");
        }
        boolean hasUri = item.containsKey("uri");
        boolean hasContent = item.containsKey("headlines") || item.containsKey("bodies")
                || item.keySet().stream().anyMatch(key -> key.equals("headline") || key.startsWith("headline_")
                        || key.startsWith("body_"));
        if (!hasUri && !hasContent) {
            throw new UnreadableDocumentException("not a ninjs document: it has no \"uri\" and no headline or body"
                    + " (keys: " + keys(item) + ")");
        }
        if (!hasUri) {
            throw new UnreadableDocumentException("not a ninjs document: it has no \"uri\", the identifier every"
                    + " ninjs item has (keys: " + keys(item) + ")");
        }
        if (!hasContent) {
            throw new UnreadableDocumentException("not a ninjs document: it has a \"uri\" but no headline or body"
                    + " (keys: " + keys(item) + ")");
        }
        return item;
    }

    private static boolean isNinjs3(JsonObject item) {
        String version = item.get("standard") instanceof JsonObject standard ? string(standard, "version") : null;
        return version != null && version.strip().startsWith("3") || item.containsKey("versionCreated")
                || item.containsKey("firstCreated") || item.containsKey("altIds");
    }

    private static String kindOf(JsonValue json) {
        return switch (json.getValueType()) {
            case ARRAY -> "array";
            case STRING -> "string";
            case NUMBER -> "number";
            case TRUE, FALSE -> "boolean";
            case NULL -> "null";
            case OBJECT -> "object";
        };
    }

    private static String keys(JsonObject item) {
        // Keys are the document's text too: without controls, which a report (or PostgreSQL) cannot hold.
        String named = item.keySet().stream().limit(KEYS_NAMED).map(key -> plain(clean(key)))
                .map(key -> CanonicalUrls.abbreviate(key == null ? "" : key)).collect(Collectors.joining(", "));
        return item.size() > KEYS_NAMED ? named + ", …" : named.isEmpty() ? "none" : named;
    }

    // --- identity and status ---------------------------------------------------------------------------

    /** How the article is known: its canonical URL, or the uri when that is not an http(s) address. */
    private record Identity(String canonicalUrl, String sourceUri) {
    }

    private static Identity identity(JsonObject item) {
        String uri = item.get("uri") instanceof JsonString value ? clean(value.getString()).strip() : null;
        if (uri == null || uri.isEmpty()) {
            throw new UnreadableDocumentException("the ninjs \"uri\" is empty or not a string");
        }
        if (uri.length() > Article.MAX_SOURCE_URI_LENGTH) {
            throw new UnreadableDocumentException(String.format(Locale.ROOT,
                    "the ninjs uri is %,d characters long; the limit is %,d", uri.length(), Article.MAX_SOURCE_URI_LENGTH));
        }
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            parsed = null;
        }
        if (parsed == null || !parsed.isAbsolute()) {
            throw new UnreadableDocumentException("the ninjs uri '" + CanonicalUrls.abbreviate(uri)
                    + "' is not an absolute URI (such as https://… or urn:…)");
        }
        String scheme = parsed.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") || scheme.equals("https")) {
            return new Identity(CanonicalUrls.require(uri), null); // an address: the canonical URL, as for any document
        }
        return new Identity(null, uri);
    }

    /** True when the provider withholds the item; a canceled item is refused. */
    private static boolean pubStatus(JsonObject item) {
        String status = string(item, "pubstatus");
        String normalized = status == null ? "usable" : status.strip().toLowerCase(Locale.ROOT);
        if (normalized.equals("canceled") || normalized.equals("cancelled")) {
            throw new UnreadableDocumentException("the provider canceled this item (pubstatus \"canceled\"): it must not"
                    + " be used, so nothing of it was imported");
        }
        return normalized.equals("withheld");
    }

    // --- headline, date, language ----------------------------------------------------------------------

    private static String title(JsonObject item) {
        List<JsonObject> headlines = objects(item.get("headlines")).stream()
                .filter(headline -> !VisibleText.isBlank(textOf(headline))).toList();
        String title = preferRole(headlines, "main").map(NinjsDocumentParser::textOf)
                .orElseGet(() -> headline1x(item));
        if (VisibleText.isBlank(title)) {
            throw new UnreadableDocumentException("no title: the ninjs document has no headline that shows any text");
        }
        return title;
    }

    /** 1.x: "headline", else "headline_main", else the first "headline_…". */
    private static String headline1x(JsonObject item) {
        List<String> names = new ArrayList<>(List.of("headline", "headline_main"));
        item.keySet().stream().filter(key -> key.startsWith("headline_")).forEach(names::add);
        for (String name : names) {
            String text = sniffedText(string(item, name));
            if (!VisibleText.isBlank(text)) {
                return text;
            }
        }
        return null;
    }

    /** The first of these with the role (ignoring case), else the first. */
    private static Optional<JsonObject> preferRole(List<JsonObject> items, String role) {
        return items.stream().filter(item -> role.equalsIgnoreCase(string(item, "role"))).findFirst()
                .or(() -> items.stream().findFirst());
    }

    /**
     * The publication date: firstcreated (the first version), else versioncreated (which
     * moves with every correction); the calendar day as written, in the value's own offset.
     */
    private static LocalDate publishedOn(JsonObject item) {
        for (String name : List.of("firstcreated", "versioncreated")) {
            String value = string(item, name);
            if (value != null && !value.isBlank()) {
                return day(name, value.strip());
            }
        }
        throw new UnreadableDocumentException(
                "no publication date: the ninjs document has neither \"firstcreated\" nor \"versioncreated\"");
    }

    private static LocalDate day(String name, String value) {
        String upper = value.toUpperCase(Locale.ROOT); // RFC 3339 allows "t" and "z"
        List<Function<String, LocalDate>> forms = List.of(
                text -> OffsetDateTime.parse(text).toLocalDate(),
                text -> LocalDateTime.parse(text).toLocalDate(), // no offset: read as UTC, leniently
                LocalDate::parse);
        for (Function<String, LocalDate> form : forms) {
            try {
                LocalDate day = form.apply(upper);
                if (day.getYear() < 1 || day.getYear() > 9999) {
                    break;
                }
                return day;
            } catch (DateTimeParseException notThisForm) {
                // try the next
            }
        }
        throw new UnreadableDocumentException("the ninjs " + name + " '" + CanonicalUrls.abbreviate(value)
                + "' is not a date-time such as 2025-09-02T06:15:00Z");
    }

    /** A BCP 47 tag in its canonical form ("pt-BR"); null when absent, undetermined or too long to be one. */
    private static String language(JsonObject item) {
        String value = string(item, "language");
        if (value == null || value.isBlank()) {
            return null;
        }
        String tag = Locale.forLanguageTag(value.strip().replace('_', '-')).toLanguageTag();
        return tag.equals("und") || tag.length() > Article.MAX_LANGUAGE_LENGTH ? null : tag;
    }

    // --- body ------------------------------------------------------------------------------------------

    private enum BodyType { HTML, TEXT, UNSTATED }

    private record BodyCandidate(BodyType type, boolean main, String value) {
    }

    /**
     * The body: 2.x the first HTML (or XHTML) body, else the first plain-text one, else
     * the first without a content type, a body with the role "main" first among equals;
     * 1.x body_html, body_xhtml, body_richtext, else body_text.
     */
    private static NinjsBody body(JsonObject item) {
        List<BodyCandidate> candidates = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        for (JsonObject body : objects(item.get("bodies"))) {
            String value = string(body, "value");
            if (value == null || value.isBlank()) {
                continue;
            }
            String type = mediaType(string(body, "contenttype"));
            BodyType kind = type == null ? BodyType.UNSTATED
                    : switch (type) {
                        case "text/html", "application/xhtml+xml" -> BodyType.HTML;
                        case "text/plain" -> BodyType.TEXT;
                        default -> null;
                    };
            if (kind == null) {
                unread.add(type);
            } else {
                candidates.add(new BodyCandidate(kind, "main".equalsIgnoreCase(string(body, "role")), value));
            }
        }
        for (String name : List.of("body_html", "body_xhtml", "body_richtext", "body_text")) {
            String value = string(item, name);
            if (value != null && !value.isBlank()) {
                candidates.add(new BodyCandidate(name.equals("body_text") ? BodyType.TEXT : BodyType.HTML, false, value));
            }
        }
        Optional<BodyCandidate> chosen = candidates.stream().min(Comparator
                .comparing(BodyCandidate::type).thenComparing(candidate -> !candidate.main()));
        if (chosen.isEmpty()) {
            throw new UnreadableDocumentException(unread.isEmpty()
                    ? "no body: the ninjs document has no \"bodies\" (nor 1.x \"body_html\" or \"body_text\") with text"
                    : "no body this importer reads: the bodies are " + String.join(", ", unread)
                            + "; it reads text/html, application/xhtml+xml and text/plain");
        }
        BodyCandidate body = chosen.get();
        boolean html = body.type() == BodyType.HTML || body.type() == BodyType.UNSTATED && hasMarkup(body.value());
        NinjsBody read = html ? NinjsBody.ofHtml(body.value()) : NinjsBody.ofText(body.value());
        if (read.html().isEmpty()) {
            throw new UnreadableDocumentException("no body: the ninjs body has no paragraph that shows any text");
        }
        return read;
    }

    /** "text/html; charset=utf-8" → "text/html"; null when absent. */
    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    // --- picture ---------------------------------------------------------------------------------------

    /** The lead picture: the first association of type picture, else of type graphic. */
    private static ParsedArticle.Picture picture(JsonObject item) {
        List<JsonObject> associations = item.get("associations") instanceof JsonObject named
                ? objectsIn(named.values()) // 1.x: an object keyed by the association's name
                : objects(item.get("associations"));
        Optional<JsonObject> picture = associations.stream().filter(association -> isType(association, "picture"))
                .findFirst().or(() -> associations.stream().filter(association -> isType(association, "graphic")).findFirst());
        if (picture.isEmpty()) {
            return null;
        }
        JsonObject association = picture.get();
        String caption = caption(association);
        String credit = firstVisible(plain(string(association, "by")), plain(string(association, "byline")),
                plain(string(association, "copyrightholder")));
        String url = renditionUrl(association);
        return caption == null && credit == null && url == null ? null : new ParsedArticle.Picture(caption, credit, url);
    }

    private static boolean isType(JsonObject association, String type) {
        return type.equalsIgnoreCase(string(association, "type"));
    }

    /** 2.x: the description with role caption, else the first plain-text one, else the first; 1.x description_*. */
    private static String caption(JsonObject association) {
        List<JsonObject> descriptions = objects(association.get("descriptions")).stream()
                .filter(description -> !VisibleText.isBlank(textOf(description))).toList();
        Optional<JsonObject> chosen = descriptions.stream().filter(d -> "caption".equalsIgnoreCase(string(d, "role")))
                .findFirst()
                .or(() -> descriptions.stream().filter(d -> "text/plain".equals(mediaType(string(d, "contenttype"))))
                        .findFirst())
                .or(() -> descriptions.stream().findFirst());
        if (chosen.isPresent()) {
            return plain(textOf(chosen.get()));
        }
        return firstVisible(plain(string(association, "description_text")),
                plain(htmlText(string(association, "description_html"))),
                plain(htmlText(string(association, "description_richtext"))));
    }

    /** The picture's address: the http(s) href of the rendition named "main", else of the first that has one. */
    private static String renditionUrl(JsonObject association) {
        List<String[]> renditions = new ArrayList<>(); // name, href
        if (association.get("renditions") instanceof JsonObject named) {
            named.forEach((name, rendition) -> {
                if (rendition instanceof JsonObject object) {
                    renditions.add(new String[] { name, string(object, "href") });
                }
            });
        } else {
            objects(association.get("renditions"))
                    .forEach(rendition -> renditions.add(new String[] { string(rendition, "name"), string(rendition, "href") }));
        }
        List<String[]> usable = renditions.stream()
                .filter(rendition -> rendition[1] != null && CanonicalUrls.isHttp(rendition[1].strip())).toList();
        return usable.stream().filter(rendition -> "main".equalsIgnoreCase(rendition[0])).findFirst()
                .or(() -> usable.stream().findFirst()).map(rendition -> rendition[1].strip()).orElse(null);
    }

    // --- tags ------------------------------------------------------------------------------------------

    /** Subjects, people, organisations, places (2.x, else the 1.x singular names), in that order: the array is the kind. */
    private static List<ParsedArticle.Topic> topics(JsonObject item) {
        List<ParsedArticle.Topic> topics = new ArrayList<>();
        addConcepts(topics, item, TagKind.TOPIC, "subjects", "subject");
        addConcepts(topics, item, TagKind.PERSON, "people", "person");
        addConcepts(topics, item, TagKind.ORGANISATION, "organisations", "organisation");
        addConcepts(topics, item, TagKind.PLACE, "places", "place");
        return topics;
    }

    private static void addConcepts(List<ParsedArticle.Topic> topics, JsonObject item, TagKind kind, String name2x,
            String name1x) {
        JsonValue concepts = item.containsKey(name2x) ? item.get(name2x) : item.get(name1x);
        if (!(concepts instanceof JsonArray array)) {
            return;
        }
        for (JsonValue concept : array) {
            if (topics.size() == MAX_CONCEPTS) {
                return;
            }
            String name = concept instanceof JsonObject object ? string(object, "name") : null;
            if (name != null) {
                topics.add(new ParsedArticle.Topic(name, kind)); // Taxonomy makes it plain text, or skips it
            }
        }
    }

    // --- JSON values as text ---------------------------------------------------------------------------

    /** The string under {@code name} without control characters; null when absent or not a string. */
    private static String string(JsonObject object, String name) {
        return object.get(name) instanceof JsonString value ? clean(value.getString()) : null;
    }

    /** The objects of an array (at most {@link #MAX_ALTERNATIVES}); none when it is not an array. */
    private static List<JsonObject> objects(JsonValue value) {
        return value instanceof JsonArray array ? objectsIn(array) : List.of();
    }

    private static List<JsonObject> objectsIn(Collection<JsonValue> values) {
        return values.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).limit(MAX_ALTERNATIVES)
                .toList();
    }

    /** A headline's or description's text: markup (text/html, or sniffed without a content type) made text. */
    private static String textOf(JsonObject textItem) {
        String value = string(textItem, "value");
        String type = mediaType(string(textItem, "contenttype"));
        if (type == null) {
            return sniffedText(value);
        }
        return collapse(type.equals("text/html") || type.equals("application/xhtml+xml") ? htmlText(value) : value);
    }

    private static String sniffedText(String value) {
        return collapse(hasMarkup(value) ? htmlText(value) : value);
    }

    private static boolean hasMarkup(String value) {
        return value != null && value.indexOf('<') >= 0 && !Jsoup.parseBodyFragment(value).body().children().isEmpty();
    }

    /** What a reader sees of markup: its text, without scripts or styles. */
    private static String htmlText(String html) {
        return html == null ? null : Jsoup.parseBodyFragment(html).body().text();
    }

    /** Text of a name or credit: markup made text, bidi overrides removed, whitespace collapsed; null when blank. */
    private static String plain(String value) {
        if (value == null) {
            return null;
        }
        String text = BIDI_CONTROLS.matcher(sniffedText(value)).replaceAll("");
        return VisibleText.isBlank(text) ? null : collapse(text);
    }

    private static String firstVisible(String... candidates) {
        for (String candidate : candidates) {
            if (!VisibleText.isBlank(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String collapse(String text) {
        return text == null ? null : SPACES.matcher(text).replaceAll(" ").strip();
    }

    /**
     * Without control characters (tab and line breaks stay) and without the halves of
     * broken surrogate pairs, which no database encoding can store.
     */
    static String clean(String text) {
        String noControls = CONTROLS.matcher(text).replaceAll("");
        StringBuilder kept = null;
        for (int i = 0; i < noControls.length(); i++) {
            char c = noControls.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < noControls.length()
                    && Character.isLowSurrogate(noControls.charAt(i + 1));
            if (paired) {
                if (kept != null) {
                    kept.append(c).append(noControls.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (kept == null) {
                    kept = new StringBuilder(noControls.length()).append(noControls, 0, i);
                }
            } else if (kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? noControls : kept.toString();
    }
}
