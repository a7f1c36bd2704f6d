package org.newsdesk.cms.feed;

/** RSS 2.0 or Atom 1.0: the file name in the URL, the media type, and the writer. */
enum FeedFormat {
    RSS("rss.xml", "application/rss+xml; charset=UTF-8"),
    ATOM("atom.xml", "application/atom+xml; charset=UTF-8");

    final String file;
    final String contentType;

    FeedFormat(String file, String contentType) {
        this.file = file;
        this.contentType = contentType;
    }

    /** The media type without parameters, for self links. */
    String mediaType() {
        return contentType.substring(0, contentType.indexOf(';'));
    }

    byte[] write(Feed feed, Channel channel) {
        return this == RSS ? RssWriter.write(feed, channel) : AtomWriter.write(feed, channel);
    }

    /**
     * Where a feed is: the site it belongs to, its own address, and the language it
     * declares (null: none).
     */
    record Channel(String siteUrl, String selfUrl, String language) {
    }
}
