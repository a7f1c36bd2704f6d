package org.newsdesk.cms.feed;

import java.util.List;

import org.newsdesk.cms.feed.SitemapService.NewsUrl;
import org.newsdesk.cms.feed.SitemapService.Url;

/** Sitemaps (sitemaps.org 0.9): the index, a list of addresses, and the Google News sitemap. */
final class SitemapWriter {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    private SitemapWriter() {
    }

    /** A sitemap index: where each sitemap is, and when it last changed. */
    static byte[] index(List<Url> sitemaps) {
        XmlOutput xml = new XmlOutput();
        xml.start("sitemapindex").namespace("", SITEMAP).newline();
        for (Url sitemap : sitemaps) {
            entry(xml, "sitemap", sitemap);
        }
        return xml.end().finish();
    }

    static byte[] urls(List<Url> urls) {
        XmlOutput xml = new XmlOutput();
        xml.start("urlset").namespace("", SITEMAP).newline();
        for (Url url : urls) {
            entry(xml, "url", url);
        }
        return xml.end().finish();
    }

    static byte[] news(List<NewsUrl> urls, String language) {
        XmlOutput xml = new XmlOutput();
        xml.start("urlset").namespace("", SITEMAP).namespace("news", NEWS).newline();
        for (NewsUrl url : urls) {
            xml.start("url").element("loc", url.loc());
            xml.start("news:news");
            xml.start("news:publication").element("news:name", url.publication()).element("news:language", language)
                    .end();
            xml.element("news:publication_date", XmlOutput.rfc3339(url.published()));
            xml.element("news:title", url.title());
            xml.end().end().newline();
        }
        return xml.end().finish();
    }

    private static void entry(XmlOutput xml, String element, Url url) {
        xml.start(element).element("loc", url.loc());
        if (url.lastModified() != null) {
            xml.element("lastmod", XmlOutput.rfc3339(url.lastModified()));
        }
        xml.end().newline();
    }
}
