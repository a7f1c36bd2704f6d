package org.newsdesk.cms.importer.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentDatesTest {

    private static final LocalDate SEPTEMBER_2 = LocalDate.of(2025, 9, 2);

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {
            "September 02, 2025",
            "September 2, 2025",
            "  September   2,  2025 ",
            "september 2, 2025",
            "SEPTEMBER 02, 2025",
            "Sep 2, 2025",
            "Sep. 2, 2025",
            "Sept. 2, 2025",
            "2 September 2025",
            "02 Sep 2025",
            "Tuesday, September 2, 2025",
            "Tue, Sep 2, 2025",
            "2025-09-02",
            "2025-09-02T08:30:00",
            "2025-09-02T08:30:00+03:00",
            "2025-09-02T23:59:59Z",
            "2025-09-02 08:30:00",
    })
    void readsWrittenAndIsoForms(String text) {
        assertThat(DocumentDates.parse(text)).contains(SEPTEMBER_2);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {
            "",
            "   ",
            "By Staff Reporter",
            "The parade, scheduled for Wednesday, will bring together more than two dozen heads of state.",
            "September 2025",
            "2025",
            "Vladimir Putin and Xi Jinping.",
    })
    void findsNoDateInOtherText(String text) {
        assertThat(DocumentDates.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"February 30, 2025", "February 29, 2025", "31 April 2025", "2025-02-30", "2025-13-01",
            "January 01, 0000", "0000-01-01", "0000-01-01T00:00:00Z", "2023-02-30T10:00:00Z", "2025-04-31 08:00"})
    void refusesDaysThatDoNotExist(String text) {
        assertThatThrownBy(() -> DocumentDates.parse(text))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining(text)
                .hasMessageContaining("not a real calendar date");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"Sptember 2, 2025", "Tue, September 2, 2025", "Septembre 2, 2025"})
    void namesTheFormWhenItDoesNotKnowIt(String text) {
        assertThatThrownBy(() -> DocumentDates.parse(text))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining(text)
                .hasMessageContaining("not in a form this importer reads");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"February 29, 2024", "29 February 2024", "2024-02-29"})
    void readsLeapDays(String text) {
        assertThat(DocumentDates.parse(text)).contains(LocalDate.of(2024, 2, 29));
    }
}
