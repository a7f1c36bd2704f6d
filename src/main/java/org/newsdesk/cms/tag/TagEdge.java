package org.newsdesk.cms.tag;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("TagEdge")
@Description("A tag in a list, with the cursor that points just after it.")
public record TagEdge(
        @NonNull @Description("Pass as `after` to continue after this tag.") String cursor,
        @NonNull @Description("The tag.") TagView node) {
}
