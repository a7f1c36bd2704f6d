package org.newsdesk.cms.author;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.common.Inputs;
import org.newsdesk.cms.common.Viewer;

/** Editors' author mutations; each needs the role {@code editor}. */
@GraphQLApi
@RolesAllowed(Viewer.EDITOR_ROLE)
public class AuthorMutations {

    @Inject
    AuthorService authors;

    @Inject
    Inputs inputs;

    @Mutation("createAuthor")
    @NonNull
    @Description("Adds an author.")
    public AuthorView createAuthor(@NonNull @Description("The author.") AuthorInput input) {
        return AuthorView.of(authors.create(inputs.check("input", input)));
    }

    @Mutation("updateAuthor")
    @NonNull
    @Description("Changes an author's name, kind and (when given) slug.")
    public AuthorView updateAuthor(
            @NonNull @Id @Description("The author's id.") String id,
            @NonNull @Description("The author, all of it; leave slug out to keep it.") AuthorInput input) {
        return AuthorView.of(authors.update(id, inputs.check("input", input)));
    }
}
