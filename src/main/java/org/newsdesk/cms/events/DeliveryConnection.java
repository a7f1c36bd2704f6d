package org.newsdesk.cms.events;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.common.PageInfo;

@Name("DeliveryConnection")
@Description("A page of webhook deliveries, newest first.")
public record DeliveryConnection(
        @NonNull @Description("The deliveries of this page.") List<@NonNull DeliveryView> nodes,
        @NonNull @Description("Whether more pages follow, and the cursor to get the next one.") PageInfo pageInfo) {
}
