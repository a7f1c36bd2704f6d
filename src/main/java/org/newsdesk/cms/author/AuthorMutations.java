package org.newsdesk.cms.author;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.access.Access;
import org.newsdesk.cms.access.Permission;
import org.newsdesk.cms.audit.Audited;
import org.newsdesk.cms.common.Inputs;

/** Author mutations: editors and admins ({@link Permission#EDIT_AUTHORS_AND_SOURCES}). */
@GraphQLApi
public class AuthorMutations {

    @Inject
    Access access;

    @Inject
    AuthorService authors;

    @Inject
    Inputs inputs;

    @Mutation("createAuthor")
    @Audited(target = "author")
    @NonNull
    @Description("Adds an author.")
    public AuthorView createAuthor(@NonNull @Description("The author.") AuthorInput input) {
        access.require(Permission.EDIT_AUTHORS_AND_SOURCES);
        return AuthorView.of(authors.create(inputs.check("input", input)));
    }

    @Mutation("updateAuthor")
    @Audited(target = "author")
    @NonNull
    @Description("Changes an author's name, kind and (when given) slug.")
    public AuthorView updateAuthor(
            @NonNull @Id @Description("The author's id.") String id,
            @NonNull @Description("The author, all of it; leave slug out to keep it.") AuthorInput input) {
        access.require(Permission.EDIT_AUTHORS_AND_SOURCES);
        return AuthorView.of(authors.update(id, inputs.check("input", input)));
    }
}
