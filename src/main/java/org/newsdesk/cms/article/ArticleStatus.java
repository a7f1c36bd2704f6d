package org.newsdesk.cms.article;

import org.eclipse.microprofile.graphql.Description;

@Description("Where an article stands in its life: only PUBLISHED articles are visible to readers.")
public enum ArticleStatus {
    @Description("Being written or held back; visible to editors and to the contributor who created it.")
    DRAFT,
    @Description("Submitted by its contributor, waiting for an editor to publish it or return it; not visible to "
            + "readers.")
    IN_REVIEW,
    @Description("Live for everyone.")
    PUBLISHED,
    @Description("Withdrawn from the live site but kept; visible to editors only.")
    ARCHIVED
}
