package org.newsdesk.cms.events;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature: {@code X-Newsroom-Signature: t=<unix seconds>,v1=<hex>}, where
 * the hex is the HMAC-SHA256, keyed with {@code cms.webhooks.secret}, of
 * {@code "<t>.<body>"}. A receiver recomputes it, compares in constant time, and
 * refuses old timestamps (replays).
 */
public final class Signature {

    public static final String HEADER = "X-Newsroom-Signature";

    private Signature() {
    }

    public static String header(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
    }

    public static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
