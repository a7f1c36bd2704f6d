package org.newsdesk.cms.audit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The client's address as the audit trail records it: the connection's peer, unless
 * that peer is a trusted proxy; then the right-most address of {@code X-Forwarded-For}
 * that is not itself a trusted proxy (each proxy appends the address it got the request
 * from, so entries further left are what the client claimed and could be forged).
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(String peer, String forwardedFor, List<String> trustedProxies) {
        if (peer == null || forwardedFor == null || !trusted(peer, trustedProxies)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!isLiteralAddress(hop)) {
                break; // not an address: stop believing the chain here
            }
            client = hop;
            if (!trusted(hop, trustedProxies)) {
                break;
            }
        }
        return client;
    }

    static boolean trusted(String address, List<String> trustedProxies) {
        for (String range : trustedProxies) {
            if (inRange(address, range.strip())) {
                return true;
            }
        }
        return false;
    }

    /** {@code address} within {@code range}: an address, or an address and a prefix length. */
    static boolean inRange(String address, String range) {
        int slash = range.indexOf('/');
        String base = slash < 0 ? range : range.substring(0, slash);
        if (!isLiteralAddress(address) || !isLiteralAddress(base)) {
            return false;
        }
        byte[] candidate = bytes(address);
        byte[] network = bytes(base);
        if (candidate.length != network.length) {
            return false;
        }
        int bits;
        try {
            bits = slash < 0 ? network.length * 8 : Integer.parseInt(range.substring(slash + 1));
        } catch (NumberFormatException e) {
            return false;
        }
        if (bits < 0 || bits > network.length * 8) {
            return false;
        }
        for (int i = 0; i < network.length && bits > 0; i++, bits -= 8) {
            int mask = bits >= 8 ? 0xFF : (0xFF << (8 - bits)) & 0xFF;
            if ((candidate[i] & mask) != (network[i] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** An IPv4 or IPv6 literal: never a name, which would cost a DNS lookup. */
    static boolean isLiteralAddress(String text) {
        return !text.isEmpty() && text.length() <= AuditEntry.MAX_ADDRESS_LENGTH
                && (text.matches("[0-9.]+") && text.chars().filter(c -> c == '.').count() == 3
                        || text.matches("[0-9A-Fa-f:.]+") && text.contains(":"));
    }

    private static byte[] bytes(String literal) {
        try {
            return InetAddress.getByName(literal).getAddress(); // a literal: no lookup
        } catch (UnknownHostException e) {
            return new byte[0];
        }
    }
}
