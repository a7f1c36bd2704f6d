package org.newsdesk.cms.feed;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.newsdesk.cms.article.PublishingConfig;

import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;

/**
 * Where absolute links to feeds and sitemaps start: {@code cms.publishing.site-url} when
 * configured, else the scheme and host the request came with. Behind a proxy or a CDN,
 * configure it: a cache would otherwise keep whatever Host header a client sent.
 */
@ApplicationScoped
class SiteAddress {

    /** A host name, IPv4 or bracketed IPv6 address, as a Host header may give it. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:.]+\\]");

    private final PublishingConfig publishing;

    SiteAddress(PublishingConfig publishing) {
        this.publishing = publishing;
    }

    /** The site's address without a trailing slash, e.g. https://news.example.com. */
    String of(RoutingContext context) {
        return publishing.siteUrl().map(SiteAddress::withoutTrailingSlash).orElseGet(() -> fromRequest(context));
    }

    static String withoutTrailingSlash(String url) {
        String stripped = url.strip();
        return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    private static String fromRequest(RoutingContext context) {
        HostAndPort authority = context.request().authority();
        String host = authority != null && HOST.matcher(authority.host()).matches() ? authority.host() : "localhost";
        String port = authority != null && authority.port() > 0 ? ":" + authority.port() : "";
        return context.request().scheme() + "://" + host + port;
    }
}
