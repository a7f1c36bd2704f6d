package org.newsdesk.cms.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.newsdesk.cms.feed.FeedFormat.Channel;

/**
 * RSS 2.0, with the usual modules: {@code atom:link rel="self"}, {@code dc:creator} per
 * author and {@code content:encoded} for the full body.
 */
final class RssWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

    private RssWriter() {
    }

    static byte[] write(Feed feed, Channel channel) {
        XmlOutput xml = new XmlOutput();
        xml.start("rss").attribute("version", "2.0").namespace("atom", ATOM).namespace("dc", DC)
                .namespace("content", CONTENT).newline();
        xml.start("channel").newline();
        xml.element("title", feed.title()).newline();
        xml.element("link", channel.siteUrl()).newline();
        xml.empty("atom:link").attribute("href", channel.selfUrl()).attribute("rel", "self")
                .attribute("type", FeedFormat.RSS.mediaType()).newline();
        xml.element("description", feed.description()).newline();
        if (channel.language() != null) {
            xml.element("language", channel.language()).newline();
        }
        feed.lastModified().ifPresent(time -> xml.element("lastBuildDate", rfc822(time)).newline());
        for (FeedItem item : feed.items()) {
            item(xml, item);
        }
        return xml.end().newline().end().finish();
    }

    private static void item(XmlOutput xml, FeedItem item) {
        xml.start("item");
        xml.element("title", item.title());
        xml.element("link", item.link());
        xml.start("guid").attribute("isPermaLink", "false").text(item.guid()).end();
        xml.element("pubDate", rfc822(item.published()));
        item.authors().forEach(name -> xml.element("dc:creator", name));
        item.categories().forEach(name -> xml.element("category", name));
        if (!item.summary().isEmpty()) {
            xml.element("description", item.summary());
        }
        xml.element("content:encoded", item.contentHtml());
        xml.end().newline();
    }

    /** RFC 822 (as RFC 1123 writes it), in GMT. */
    private static String rfc822(Instant time) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(time.atOffset(ZoneOffset.UTC));
    }
}
