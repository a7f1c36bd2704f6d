package org.newsdesk.cms.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The playground's docs pane is the editors' manual: every type, field,
 * argument, input field and enum value of our schema has a description.
 */
@QuarkusTest
class SchemaDescriptionsTest {

    private static final String INTROSPECTION = """
            { __schema { types {
                name kind description
                fields { name description args { name description } }
                inputFields { name description }
                enumValues { name description }
            } } }""";

    @Test
    @SuppressWarnings("unchecked")
    void everythingOfOursIsDescribed() {
        List<Map<String, Object>> types = GraphQL.anonymous().data(INTROSPECTION).getList("data.__schema.types");
        assertThat(types).extracting(type -> type.get("name")).contains("Article", "ArticleFilter", "ArticleStatus");
        List<String> undescribed = new ArrayList<>();
        for (Map<String, Object> type : types) {
            String name = (String) type.get("name");
            if (name.startsWith("__") || type.get("kind").equals("SCALAR")) {
                continue; // built-in introspection types and scalars
            }
            if (!name.equals("Query") && !name.equals("Mutation")) {
                check(type, name, undescribed);
            }
            for (Map<String, Object> field : list(type.get("fields"))) {
                check(field, name + "." + field.get("name"), undescribed);
                for (Map<String, Object> arg : list(field.get("args"))) {
                    check(arg, name + "." + field.get("name") + "(" + arg.get("name") + ")", undescribed);
                }
            }
            for (Map<String, Object> input : list(type.get("inputFields"))) {
                check(input, name + "." + input.get("name"), undescribed);
            }
            for (Map<String, Object> value : list(type.get("enumValues"))) {
                check(value, name + "." + value.get("name"), undescribed);
            }
        }
        assertThat(undescribed).as("schema elements without @Description").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static void check(Map<String, Object> element, String path, List<String> undescribed) {
        Object description = element.get("description");
        if (description == null || description.toString().isBlank()) {
            undescribed.add(path);
        }
    }
}
