package org.newsdesk.cms.directread;

import java.util.List;
import java.util.Map;

/**
 * A field a plan writes: its key in the answer (alias or name), its name, the fields
 * selected on it, its arguments by name. Compared by identity: two aliases of one
 * field are two fields.
 */
final class Selected {

    private final String key;
    private final String name;
    private final List<Selected> fields;
    private final Map<String, Argument> arguments;

    Selected(String key, String name, List<Selected> fields, Map<String, Argument> arguments) {
        this.key = key;
        this.name = name;
        this.fields = List.copyOf(fields);
        this.arguments = Map.copyOf(arguments);
    }

    String key() {
        return key;
    }

    String name() {
        return name;
    }

    List<Selected> fields() {
        return fields;
    }

    Map<String, Argument> arguments() {
        return arguments;
    }

    /** Whether one of the fields selected on this one is named {@code field}. */
    boolean selects(String field) {
        return fields.stream().anyMatch(selected -> selected.name.equals(field));
    }

}
