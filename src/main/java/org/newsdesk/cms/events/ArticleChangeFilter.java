package org.newsdesk.cms.events;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

@Name("ArticleChangeFilter")
@Description("Which article changes to be told of; every condition given must hold.")
public class ArticleChangeFilter {

    @Id
    @Description("Only changes to this article.")
    public String articleId;

    @Description("Only changes that leave the article in this status (PUBLISHED, DRAFT, …).")
    public String status;
}
