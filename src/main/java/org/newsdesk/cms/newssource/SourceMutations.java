package org.newsdesk.cms.newssource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.common.Inputs;
import org.newsdesk.cms.common.Viewer;

/** Editors' source mutations; each needs the role {@code editor}. */
@GraphQLApi
@RolesAllowed(Viewer.EDITOR_ROLE)
public class SourceMutations {

    @Inject
    NewsSourceService sources;

    @Inject
    Inputs inputs;

    @Mutation("createSource")
    @NonNull
    @Description("Adds a source (publication).")
    public SourceView createSource(@NonNull @Description("The source.") SourceInput input) {
        return SourceView.of(sources.create(inputs.check("input", input)));
    }

    @Mutation("updateSource")
    @NonNull
    @Description("Changes a source's name, domain, homepage and (when given) slug.")
    public SourceView updateSource(
            @NonNull @Id @Description("The source's id.") String id,
            @NonNull @Description("The source, all of it; leave slug out to keep it.") SourceInput input) {
        return SourceView.of(sources.update(id, inputs.check("input", input)));
    }
}
