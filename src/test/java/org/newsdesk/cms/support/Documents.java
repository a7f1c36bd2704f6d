package org.newsdesk.cms.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/** Markdown documents in the seed format, for tests that need articles of their own. */
public final class Documents {

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("MMMM dd, uuuu", Locale.ENGLISH);

    private Documents() {
    }

    /** A word no other test uses, to keep titles, authors and URLs apart. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static Builder markdown(String title) {
        return new Builder(title);
    }

    public static final class Builder {
        private final String title;
        private String byline = "By [Anna Reporter](#)";
        private LocalDate date = LocalDate.of(2025, 9, 3);
        private String url;
        private final StringBuilder body = new StringBuilder();
        private final StringBuilder header = new StringBuilder();

        private Builder(String title) {
            this.title = title;
            this.url = "https://www.example-news.org/" + unique();
        }

        public Builder byline(String byline) {
            this.byline = byline;
            return this;
        }

        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /** A line in the header area, after the byline ("Section: World > Europe", "Tags: …"). */
        public Builder header(String line) {
            header.append(line).append("\n\n");
            return this;
        }

        public Builder paragraph(String text) {
            body.append(text).append("\n\n");
            return this;
        }

        public Builder related(String title) {
            body.append("**Related article:** [").append(title).append("](#)\n\n");
            return this;
        }

        public String build() {
            String paragraphs = body.isEmpty() ? "The first and only paragraph of this story.\n\n" : body.toString();
            return "# " + title + "\n\n" + byline + "\n\n" + header + WRITTEN.format(date) + "\n\n\n\n" + paragraphs
                    + (url == null ? "" : "Original url:\n\n<" + url + ">\n");
        }
    }
}
