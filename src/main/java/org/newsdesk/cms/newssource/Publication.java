package org.newsdesk.cms.newssource;

/** A registry entry: how a publication's domain is shown to readers. */
public record Publication(String domain, String name, String homepage) {
}
