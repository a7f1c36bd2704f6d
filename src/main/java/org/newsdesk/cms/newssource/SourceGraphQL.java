package org.newsdesk.cms.newssource;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.newsdesk.cms.common.ReadKeys;

@GraphQLApi
public class SourceGraphQL {

    @Inject
    NewsSourceService sources;

    @Query("source")
    @Description("One source (publication) by slug; null when there is none.")
    public SourceView source(@NonNull @Description("The source's slug, e.g. the-moscow-times.") String slug) {
        return sources.viewBySlug(slug).orElse(null);
    }

    @Query("sources")
    @NonNull
    @Description("Every source, by name.")
    public List<@NonNull SourceView> sources() {
        ReadKeys.note(ReadKeys.ANY_CHANGE); // a rename, a new source, a count
        return sources.listByName().stream().map(SourceView::of).toList();
    }
}
