package org.newsdesk.cms.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final List<String> TRUSTED = List.of("10.0.0.0/8", "192.168.1.7", "fd00::/8");

    @Test
    void anUntrustedPeerIsTheClientWhateverItForwards() {
        assertThat(ClientAddress.of("203.0.113.9", "198.51.100.1", TRUSTED)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of("203.0.113.9", "198.51.100.1", List.of())).isEqualTo("203.0.113.9");
    }

    @Test
    void behindTrustedProxiesTheClientIsTheRightMostUntrustedHop() {
        assertThat(ClientAddress.of("10.1.2.3", "198.51.100.1", TRUSTED)).isEqualTo("198.51.100.1");
        // The client claimed 1.1.1.1; the first untrusted hop from the right is what a proxy saw.
        assertThat(ClientAddress.of("10.1.2.3", "1.1.1.1, 198.51.100.1, 192.168.1.7", TRUSTED))
                .isEqualTo("198.51.100.1");
        assertThat(ClientAddress.of("fd12::1", "2001:db8::5", TRUSTED)).isEqualTo("2001:db8::5");
    }

    @Test
    void aForgedOrMalformedChainStopsWhereItStopsBeingAnAddress() {
        assertThat(ClientAddress.of("10.1.2.3", "evil.example, 198.51.100.1", TRUSTED)).isEqualTo("198.51.100.1");
        assertThat(ClientAddress.of("10.1.2.3", "<script>", TRUSTED)).isEqualTo("10.1.2.3");
        assertThat(ClientAddress.of("10.1.2.3", "", TRUSTED)).isEqualTo("10.1.2.3");
        assertThat(ClientAddress.of("10.1.2.3", null, TRUSTED)).isEqualTo("10.1.2.3");
    }

    @Test
    void rangesMatchByPrefix() {
        assertThat(ClientAddress.inRange("10.255.0.1", "10.0.0.0/8")).isTrue();
        assertThat(ClientAddress.inRange("11.0.0.1", "10.0.0.0/8")).isFalse();
        assertThat(ClientAddress.inRange("192.168.1.7", "192.168.1.7")).isTrue();
        assertThat(ClientAddress.inRange("192.168.1.8", "192.168.1.7")).isFalse();
        assertThat(ClientAddress.inRange("10.0.0.1", "fd00::/8")).isFalse();
        assertThat(ClientAddress.inRange("10.0.0.1", "10.0.0.0/99")).isFalse();
        assertThat(ClientAddress.inRange("10.0.0.1", "not-an-address")).isFalse();
    }
}
