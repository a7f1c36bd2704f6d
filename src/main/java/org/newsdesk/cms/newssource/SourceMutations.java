package org.newsdesk.cms.newssource;

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

/** Source mutations: editors and admins ({@link Permission#EDIT_AUTHORS_AND_SOURCES}). */
@GraphQLApi
public class SourceMutations {

    @Inject
    Access access;

    @Inject
    NewsSourceService sources;

    @Inject
    Inputs inputs;

    @Mutation("createSource")
    @Audited(target = "source")
    @NonNull
    @Description("Adds a source (publication).")
    public SourceView createSource(@NonNull @Description("The source.") SourceInput input) {
        access.require(Permission.EDIT_AUTHORS_AND_SOURCES);
        return SourceView.of(sources.create(inputs.check("input", input)));
    }

    @Mutation("updateSource")
    @Audited(target = "source")
    @NonNull
    @Description("Changes a source's name, domain, homepage and (when given) slug.")
    public SourceView updateSource(
            @NonNull @Id @Description("The source's id.") String id,
            @NonNull @Description("The source, all of it; leave slug out to keep it.") SourceInput input) {
        access.require(Permission.EDIT_AUTHORS_AND_SOURCES);
        return SourceView.of(sources.update(id, inputs.check("input", input)));
    }
}
