package org.newsdesk.cms.author;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether a byline names a person or a news agency.")
public enum AuthorKind {
    @Description("A journalist or contributor.")
    PERSON,
    @Description("A news agency such as AFP, Reuters or AP.")
    AGENCY
}
