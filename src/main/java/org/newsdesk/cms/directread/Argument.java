package org.newsdesk.cms.directread;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.newsdesk.cms.common.PageSize;

import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.StringValue;
import graphql.language.Value;

/** An argument of a planned field: a variable's name, or a literal with its GraphQL type. */
record Argument(String variable, Object literal, String type) {

    static Argument variable(String name) {
        return new Argument(name, null, null);
    }

    /** An Int, String or null literal; null for any other (or an Int out of range). */
    static Argument literal(Value<?> value) {
        if (value instanceof IntValue number) {
            return number.getValue().bitLength() < 32 ? new Argument(null, number.getValue().intValue(), "Int") : null;
        }
        if (value instanceof StringValue text) {
            return new Argument(null, text.getValue(), "String");
        }
        return value instanceof NullValue ? new Argument(null, null, "null") : null;
    }

    /** An input object written out, its fields each an argument of their own. */
    static Argument object(Map<String, Argument> fields) {
        return new Argument(null, Map.copyOf(fields), "Object");
    }

    /** Whether the request gives this argument a value (null included). */
    boolean givenIn(Map<String, Object> variables) {
        return variable == null || variables.containsKey(variable);
    }

    /** Its value in the request (null when not given). */
    Object valueIn(Map<String, Object> variables) {
        return variable == null ? literal : variables.get(variable);
    }

    /** The schema's default for every {@code first} a plan knows ({@code @DefaultValue("20")}). */
    static final int DEFAULT_PAGE_SIZE = 20;

    /** A page size: an Int from 0 to the maximum, the default when not given; the engine answers anything else. */
    static int pageSize(Argument argument, Map<String, Object> variables) {
        if (argument == null || !argument.givenIn(variables)) {
            return DEFAULT_PAGE_SIZE;
        }
        if (argument.valueIn(variables) instanceof Integer first && first >= 0 && first <= PageSize.MAX) {
            return first;
        }
        throw new ReadPlan.Declined();
    }

    /**
     * The fields of an article list's filter that plans answer: those naming an author,
     * source, section or tag by slug. The status and dates are the engine's to coerce.
     */
    static final Set<String> FILTER_FIELDS = Set.of("authorSlug", "sourceSlug", "section", "tag");

    /**
     * A filter's fields with a value (a String each), empty when none is given; the engine
     * answers any other field or value.
     */
    static Map<String, String> filter(Argument argument, Map<String, Object> variables) {
        Object value = argument == null ? null : argument.valueIn(variables);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> fields)) {
            throw new ReadPlan.Declined();
        }
        Map<String, String> given = new HashMap<>();
        for (Map.Entry<?, ?> field : fields.entrySet()) {
            Object fieldValue = field.getValue() instanceof Argument written ? written.valueIn(variables) : field.getValue();
            if (!FILTER_FIELDS.contains(field.getKey()) || !(fieldValue == null || fieldValue instanceof String)) {
                throw new ReadPlan.Declined();
            }
            if (fieldValue != null) {
                given.put((String) field.getKey(), (String) fieldValue);
            }
        }
        return given;
    }

    /** A String argument's value, null when not given or null; the engine answers any other value. */
    static String text(Argument argument, Map<String, Object> variables) {
        Object value = argument == null ? null : argument.valueIn(variables);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new ReadPlan.Declined();
    }
}
