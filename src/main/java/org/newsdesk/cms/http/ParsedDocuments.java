package org.newsdesk.cms.http;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.Document;
import graphql.parser.Parser;

/**
 * GraphQL documents parsed once: front ends send the same few documents over and
 * over with new variables, and the checks before execution need to know their
 * operations. Bounded by the documents' length, so that many large distinct
 * documents cannot fill the heap. (SmallRye GraphQL keeps its own cache of parsed
 * and validated documents for execution.)
 */
final class ParsedDocuments {

    /** Characters of document text kept; parsed trees take several times that. */
    private static final long MAX_TEXT = 2_000_000;

    private static final Cache<String, Optional<Document>> PARSED = Caffeine.newBuilder()
            .maximumWeight(MAX_TEXT)
            .weigher((String query, Optional<Document> document) -> query.length())
            .build();

    private ParsedDocuments() {
    }

    /** The parsed document; empty when it does not parse (execution reports why). */
    static Optional<Document> of(String query) {
        return PARSED.get(query, ParsedDocuments::parse);
    }

    private static Optional<Document> parse(String query) {
        try {
            return Optional.of(Parser.parse(query));
        } catch (RuntimeException unparseable) {
            return Optional.empty();
        }
    }
}
