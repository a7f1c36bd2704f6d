package org.newsdesk.cms.common;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code jakarta.json.Json.create…} looks it up
 * through a ServiceLoader on every call, which costs more than the JSON it builds:
 * build JSON with {@code Jsonp.PROVIDER.create…} instead.
 */
public final class Jsonp {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsonp() {
    }
}
