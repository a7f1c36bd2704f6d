package org.newsdesk.cms.author;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("AuthorEdge")
@Description("An author in a list, with the cursor that points just after it.")
public record AuthorEdge(
        @NonNull @Description("Pass as `after` to continue after this author.") String cursor,
        @NonNull @Description("The author.") AuthorView node) {
}
