package org.newsdesk.cms.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One spelling per id: the audit trail, cache keys and purges name an article the same way. */
class IdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "12", "9223372036854775807"})
    void idsAsWeWriteThemAreRead(String id) {
        assertThat(Ids.parse(id)).contains(Long.parseLong(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+12", "012", " 12", "12 ", "-12", "0", "1e3", "", "9223372036854775808", "１２"})
    void otherSpellingsNameNothing(String id) {
        assertThat(Ids.parse(id)).isEmpty();
    }
}
