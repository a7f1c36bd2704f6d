package org.newsdesk.cms.section;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.arc.Unremovable;

/**
 * The section tree as one request read it: a section page asks for it for the
 * section, its article count and its articles, and reads it once. A change to the
 * tree within the request forgets it ({@link SectionService#changed()}).
 */
@RequestScoped
@Unremovable
class SectionTreeOfRequest {

    private SectionTree tree;

    SectionTree get() {
        return tree;
    }

    void set(SectionTree tree) {
        this.tree = tree;
    }
}
