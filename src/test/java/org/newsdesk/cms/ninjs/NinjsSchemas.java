package org.newsdesk.cms.ninjs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.newsdesk.cms.importer.document.TestDocuments;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * The ninjs subset schemas in src/test/resources/ninjs/ (2.x: draft 2020-12, 1.x:
 * draft-07), loaded under their {@code $id}s, with {@code format} asserted (uri,
 * date-time): draft 2020-12 otherwise treats formats as annotations only.
 */
final class NinjsSchemas {

    static final String NINJS_2 = "https://schemas.newsdesk.example/ninjs/ninjs-2-subset.schema.json";
    static final String NINJS_1 = "https://schemas.newsdesk.example/ninjs/ninjs-1-subset.schema.json";
    /** The closed shape of what Article.ninjs writes. */
    static final String CMS_EXPORT = NINJS_2 + "#/$defs/cmsExport";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemas(Map.of(NINJS_2, text("ninjs-2-subset.schema.json"), NINJS_1, text("ninjs-1-subset.schema.json")))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private NinjsSchemas() {
    }

    /** What is wrong with {@code json} by the schema at {@code location}, each as "where: what"; empty when valid. */
    static List<String> errors(String location, String json) {
        List<Error> errors = REGISTRY.getSchema(SchemaLocation.of(location)).validate(json, InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }

    static String text(String fileName) {
        return new String(TestDocuments.ninjs(fileName), StandardCharsets.UTF_8);
    }
}
