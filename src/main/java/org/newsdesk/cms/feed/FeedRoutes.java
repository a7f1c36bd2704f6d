package org.newsdesk.cms.feed;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.newsdesk.cms.common.PageSize;
import org.newsdesk.cms.feed.FeedFormat.Channel;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The feeds, RSS 2.0 and Atom 1.0: {@code /feeds/rss.xml} and {@code /feeds/atom.xml}
 * for every article, {@code /feeds/{section|tag|author|source}/{slug}/rss.xml} (and
 * {@code atom.xml}) for one list. {@code ?limit=} (1–100, default 20) sets the number of
 * items, {@code ?content=full} adds each article's body. An unknown slug is a 404.
 */
@ApplicationScoped
class FeedRoutes {

    static final int DEFAULT_ITEMS = 20;

    private final FeedService feeds;
    private final Answers answers;
    private final SiteAddress site;
    private final FeedsConfig config;

    FeedRoutes(FeedService feeds, Answers answers, SiteAddress site, FeedsConfig config) {
        this.feeds = feeds;
        this.answers = answers;
        this.site = site;
        this.config = config;
    }

    void install(@Observes Router router) {
        for (FeedFormat format : FeedFormat.values()) {
            Answers.get(router, "/feeds/" + format.file, context -> answer(context, format, null));
            for (FeedKind kind : FeedKind.values()) {
                Answers.get(router, "/feeds/" + kind.segment + "/:slug/" + format.file,
                        context -> answer(context, format, kind));
            }
        }
    }

    private void answer(RoutingContext context, FeedFormat format, FeedKind kind) {
        Integer limit = limit(context);
        String content = first(context, "content");
        if (limit == null) {
            Answers.refuse(context, 400, "limit must be a whole number from 1 to " + PageSize.MAX);
            return;
        }
        if (content != null && !content.equals("full") && !content.equals("summary")) {
            Answers.refuse(context, 400, "content must be full or summary");
            return;
        }
        boolean fullContent = "full".equals(content);
        String slug = kind == null ? null : context.pathParam("slug");
        Optional<Feed> feed = feeds.feed(kind, slug, limit, fullContent);
        if (feed.isEmpty()) {
            Answers.refuse(context, 404, "No " + kind.segment + " has the slug '" + slug + "'");
            return;
        }
        String base = site.of(context);
        Channel channel = new Channel(base, base + context.request().path() + query(context, fullContent),
                config.language().orElse(null));
        answers.send(context, format.contentType, format.write(feed.get(), channel), feed.get().lastModified());
    }

    /** {@code ?limit=}, 20 when absent; null when it is not a number from 1 to 100. */
    private static Integer limit(RoutingContext context) {
        String given = first(context, "limit");
        if (given == null) {
            return DEFAULT_ITEMS;
        }
        try {
            int limit = Integer.parseInt(given.strip());
            return limit >= 1 && limit <= PageSize.MAX ? limit : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The feed's own query, as the parameters that shape it say it: the self link names exactly this feed. */
    private static String query(RoutingContext context, boolean fullContent) {
        String limit = first(context, "limit");
        String query = (limit == null ? "" : "&limit=" + limit(context)) + (fullContent ? "&content=full" : "");
        return query.isEmpty() ? "" : "?" + query.substring(1);
    }

    static String first(RoutingContext context, String parameter) {
        List<String> values = context.queryParam(parameter);
        return values.isEmpty() ? null : values.get(0);
    }
}
