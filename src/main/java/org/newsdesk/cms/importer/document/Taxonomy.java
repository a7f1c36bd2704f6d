package org.newsdesk.cms.importer.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.newsdesk.cms.common.Slugs;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.tag.Tag;
import org.newsdesk.cms.tag.TagKind;

/**
 * Section paths and tags as documents give them, made safe to store: plain text
 * (markup dropped), no control characters, whitespace collapsed, names that are too
 * long or hold no letter or digit left out, the same name (ignoring case and
 * accents) once, at most {@link Tag#MAX_PER_ARTICLE} tags and {@link Section#MAX_DEPTH}
 * levels, and a path that loops (World › Europe › World) cut where it loops.
 */
public final class Taxonomy {

    /** "Section: World > Europe" in a Markdown copy's header area. */
    private static final Pattern SECTION_LINE = Pattern.compile("(?i)^\\s*sections?\\s*:\\s*(.*)$", Pattern.DOTALL);
    /** "Tags: Climate, Xi Jinping" in a Markdown copy's header area. */
    private static final Pattern TAGS_LINE = Pattern.compile("(?i)^\\s*(?:tags|keywords|topics)\\s*:\\s*(.*)$",
            Pattern.DOTALL);
    /** Between the levels of a section path: "World > Europe", "World › Europe", "World / Europe". */
    private static final Pattern PATH_SEPARATOR = Pattern.compile("\\s*[>›»/|]\\s*");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,;]\\s*");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200d]]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Longer than this it is a sentence, not a section or tag name. */
    private static final int MAX_NAME_LENGTH = 100;

    private Taxonomy() {
    }

    /** The section path of a "Section: …" line, or null when the text is not one. */
    public static List<String> sectionLine(String text) {
        Matcher line = SECTION_LINE.matcher(text);
        return line.matches() ? path(List.of(PATH_SEPARATOR.split(line.group(1)))) : null;
    }

    /** The tag names of a "Tags: …" line, or null when the text is not one. */
    public static List<String> tagsLine(String text) {
        Matcher line = TAGS_LINE.matcher(text);
        return line.matches() ? List.of(LIST_SEPARATOR.split(line.group(1))) : null;
    }

    /** A comma-separated list (a keywords meta tag) as names. */
    public static List<String> split(String list) {
        return list == null ? List.of() : List.of(LIST_SEPARATOR.split(list));
    }

    /** A section path (top first) made safe: cleaned names, cut where a level repeats, at most the tree's depth. */
    public static List<String> path(List<String> names) {
        List<String> path = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (String raw : names) {
            String name = clean(raw);
            if (name == null) {
                continue;
            }
            String key = Slugs.of(name);
            if (keys.contains(key) || path.size() == Section.MAX_DEPTH) {
                break;
            }
            keys.add(key);
            path.add(name);
        }
        return List.copyOf(path);
    }

    /** Tags made safe: cleaned, each name once (ignoring case and accents), at most {@link Tag#MAX_PER_ARTICLE}. */
    public static List<ParsedArticle.Topic> tags(List<ParsedArticle.Topic> topics) {
        Map<String, ParsedArticle.Topic> byKey = new LinkedHashMap<>();
        for (ParsedArticle.Topic topic : topics) {
            if (byKey.size() == Tag.MAX_PER_ARTICLE) {
                break; // the rest would be dropped: a document listing thousands costs no more than one of 50
            }
            String name = clean(topic.name());
            if (name != null) {
                byKey.putIfAbsent(Slugs.of(name), new ParsedArticle.Topic(name, topic.kind()));
            }
        }
        return List.copyOf(byKey.values());
    }

    /** Names as topics of one kind (null: the store decides). */
    public static List<ParsedArticle.Topic> topics(List<String> names, TagKind kind) {
        return names.stream().map(name -> new ParsedArticle.Topic(name, kind)).toList();
    }

    /** Plain text of a name, or null when nothing of a name is left. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.indexOf('<') >= 0 ? Jsoup.parse(raw).text() : raw;
        text = SPACES.matcher(CONTROL.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
        if (text.isEmpty() || text.length() > MAX_NAME_LENGTH || Slugs.of(text).equals(Slugs.of(""))) {
            return null;
        }
        return text;
    }
}
