package org.newsdesk.cms.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.feed.FeedFormat.Channel;
import org.newsdesk.cms.support.FeedTools;

/**
 * XML from hostile text: markup, entities, CDATA ends, characters XML 1.0 cannot carry
 * and characters outside the BMP, written by the feed writers and read back by xmllint,
 * feedparser and the JDK's parser.
 */
class XmlOutputTest {

    @Test
    void charactersXmlCannotCarryAreLeftOutAndTheRestKept() {
        assertThat(XmlOutput.safe("a\u0000b\u0001c\u0008d\u000Be\u001Ff\uFFFEg\uFFFFh")).isEqualTo("abcdefgh");
        assertThat(XmlOutput.safe("lone \uD800 high, lone \uDC00 low")).isEqualTo("lone  high, lone  low");
        String kept = "tab\tline\ncr\r é ß 中文 😀 \u0085 \uE000 \uFFFD";
        assertThat(XmlOutput.safe(kept)).isSameAs(kept);
    }

    @Test
    void hostileTextSurvivesBothFormats() {
        String hostile = "<script>alert(\"x\")</script> & &amp; ]]> <![CDATA[x]]> 😀 \uD800\u0007";
        String kept = "<script>alert(\"x\")</script> & &amp; ]]> <![CDATA[x]]> 😀 ";
        FeedItem item = new FeedItem(7, hostile, "https://example.com/a?b=1&c=<2>", Instant.parse("2025-09-03T10:00:00Z"),
                Instant.parse("2025-09-04T10:00:00Z"), List.of(hostile), List.of(hostile), hostile,
                "<p>" + hostile + "</p>");
        Feed feed = new Feed("urn:newsdesk:feed:all", hostile, hostile, hostile, List.of(item));
        for (FeedFormat format : FeedFormat.values()) {
            byte[] xml = format.write(feed, new Channel("https://example.com", "https://example.com/f?x=1&y=2", "en"));
            String text = new String(xml, StandardCharsets.UTF_8);
            assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").doesNotContain("<script", "]]>",
                    "\u0007");
            FeedTools.xmllint(xml);
            var parsed = FeedTools.feedparser(xml);
            assertThat(parsed.getString("entries[0].id")).isEqualTo("urn:newsdesk:article:7");
            assertThat(parsed.getString("entries[0].link")).isEqualTo("https://example.com/a?b=1&c=<2>");
            assertThat(FeedTools.dom(xml).getElementsByTagNameNS("*", "title").item(1).getTextContent())
                    .isEqualTo(kept);
        }
    }

    @Test
    void timesAreRfc3339InUtcToTheSecond() {
        assertThat(XmlOutput.rfc3339(Instant.parse("2025-09-03T10:00:00.123456Z"))).isEqualTo("2025-09-03T10:00:00Z");
    }
}
