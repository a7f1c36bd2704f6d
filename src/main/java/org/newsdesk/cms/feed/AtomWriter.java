package org.newsdesk.cms.feed;

import java.time.Instant;

import org.newsdesk.cms.feed.FeedFormat.Channel;

/**
 * Atom 1.0 (RFC 4287). The feed names the publisher as its author, which stands for
 * every entry without a byline. An entry without an address carries its excerpt as
 * its content too: Atom asks an entry with neither an alternate link nor content for one.
 */
final class AtomWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomWriter() {
    }

    static byte[] write(Feed feed, Channel channel) {
        XmlOutput xml = new XmlOutput();
        xml.start("feed").namespace("", ATOM);
        if (channel.language() != null) {
            xml.attribute("xml:lang", channel.language());
        }
        xml.newline();
        xml.element("id", feed.id()).newline();
        xml.start("title").attribute("type", "text").text(feed.title()).end().newline();
        xml.start("subtitle").attribute("type", "text").text(feed.description()).end().newline();
        link(xml, "alternate", "text/html", channel.siteUrl()).newline();
        link(xml, "self", FeedFormat.ATOM.mediaType(), channel.selfUrl()).newline();
        // An empty feed has never changed in a way its readers could see.
        xml.element("updated", XmlOutput.rfc3339(feed.lastModified().orElse(Instant.EPOCH))).newline();
        xml.start("author").element("name", feed.publisher()).end().newline();
        for (FeedItem item : feed.items()) {
            entry(xml, item);
        }
        return xml.end().finish();
    }

    private static void entry(XmlOutput xml, FeedItem item) {
        xml.start("entry");
        xml.element("id", item.guid());
        xml.start("title").attribute("type", "text").text(item.title()).end();
        if (item.link() != null) {
            link(xml, "alternate", "text/html", item.link());
        }
        xml.element("published", XmlOutput.rfc3339(item.published()));
        xml.element("updated", XmlOutput.rfc3339(item.updated()));
        item.authors().forEach(name -> xml.start("author").element("name", name).end());
        item.categories().forEach(name -> xml.empty("category").attribute("term", name));
        if (!item.summary().isEmpty()) {
            xml.start("summary").attribute("type", "text").text(item.summary()).end();
        }
        if (item.contentHtml() != null) {
            xml.start("content").attribute("type", "html").text(item.contentHtml()).end();
        } else if (item.link() == null) {
            xml.start("content").attribute("type", "text").text(item.summary()).end();
        }
        xml.end().newline();
    }

    private static XmlOutput link(XmlOutput xml, String rel, String type, String href) {
        return xml.empty("link").attribute("rel", rel).attribute("type", type).attribute("href", href);
    }
}
