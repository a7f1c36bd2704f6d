package org.newsdesk.cms.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void cutsALongSlugAtAHyphenPastTheMiddle() {
        assertThat(Slugs.of("word ".repeat(40))).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).doesNotEndWith("-")
                .startsWith("word-word");
    }

    @Test
    void cutsALongWordAtTheLimitButNeverACharacterInTwo() {
        assertThat(Slugs.of("a".repeat(300))).isEqualTo("a".repeat(Slugs.MAX_LENGTH));
        // U+20000 is a CJK letter outside the BMP: two chars in Java, one character to a reader.
        assertThat(Slugs.of("𠀀".repeat(150))).isEqualTo("𠀀".repeat(50));
        assertThat(Slugs.of("a" + "𠀀".repeat(150))).isEqualTo("a" + "𠀀".repeat(49));
    }
}
