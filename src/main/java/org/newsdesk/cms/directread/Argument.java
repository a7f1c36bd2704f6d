package org.newsdesk.cms.directread;

import java.util.Map;

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

    /** Whether the request gives this argument a value (null included). */
    boolean givenIn(Map<String, Object> variables) {
        return variable == null || variables.containsKey(variable);
    }

    /** Its value in the request (null when not given). */
    Object valueIn(Map<String, Object> variables) {
        return variable == null ? literal : variables.get(variable);
    }
}
