package org.newsdesk.cms.importer.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BylinesTest {

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"By AFP", "by Staff Reporter", "By Anna Smith and Reuters", "BY Jane Doe, John Roe & AP",
            "By Anna van der Berg", "By dpa", "By 王小明"})
    void recognisesBylines(String text) {
        assertThat(Bylines.isByline(text)).isTrue();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {
            "President Vladimir Putin told his Chinese counterpart Xi Jinping on Tuesday.",
            "Bystanders said the parade was loud.",
            "By the time the first ferry left the harbour, more than two hundred passengers had queued.",
            "By Tuesday evening, officials had counted more than forty thousand visitors at the fair.",
            "By contrast, the opposition wants to cut spending on defence and raise pensions instead.",
    })
    void doesNotTakeSentencesForBylines(String text) {
        assertThat(Bylines.isByline(text)).isFalse();
    }

    @Test
    void splitsNamesOnCommasAmpersandsAndAnd() {
        assertThat(Bylines.namesIn("By Anna Smith, Li Wei & Reuters and Jane Doe"))
                .containsExactly("Anna Smith", "Li Wei", "Reuters", "Jane Doe");
        assertThat(Bylines.namesIn("By Staff Reporter")).containsExactly("Staff Reporter");
        assertThat(Bylines.namesIn("Maria Costa")).containsExactly("Maria Costa");
    }

    @Test
    void keepsNamesThatContainAnd() {
        assertThat(Bylines.namesIn("By Sandra Andersen and Alexander Brand"))
                .containsExactly("Sandra Andersen", "Alexander Brand");
    }

    @Test
    void dropsRepeatsAndEmptiesKeepingOrder() {
        assertThat(Bylines.distinct(List.of(" Anna  Smith ", "", "AFP", "anna smith", "afp", "Li Wei")))
                .containsExactly("Anna Smith", "AFP", "Li Wei");
    }

    @Test
    void capsTheNumberOfAuthors() {
        List<String> names = java.util.stream.IntStream.rangeClosed(1, Bylines.MAX_AUTHORS + 3)
                .mapToObj(i -> "Author " + i).toList();
        assertThat(Bylines.distinct(names)).hasSize(Bylines.MAX_AUTHORS).startsWith("Author 1");
    }
}
