package org.newsdesk.cms.tag;

import org.eclipse.microprofile.graphql.Description;

@Description("What a tag names.")
public enum TagKind {
    @Description("A subject or theme, e.g. Climate.")
    TOPIC,
    @Description("A person, e.g. Xi Jinping.")
    PERSON,
    @Description("A place, e.g. Beijing.")
    PLACE,
    @Description("A company, party or other body, e.g. Gazprom.")
    ORGANISATION
}
