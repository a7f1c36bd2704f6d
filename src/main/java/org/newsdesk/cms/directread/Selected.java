package org.newsdesk.cms.directread;

import java.util.List;

/** A field a plan writes: its key in the answer (alias or name), its name, the fields selected on it. */
record Selected(String key, String name, List<Selected> fields) {

    /** Whether one of the fields selected on this one is named {@code field}. */
    boolean selects(String field) {
        return fields.stream().anyMatch(selected -> selected.name.equals(field));
    }

    /** The first field selected on this one that is named {@code field}, or null. */
    Selected child(String field) {
        return fields.stream().filter(selected -> selected.name.equals(field)).findFirst().orElse(null);
    }
}
