package org.newsdesk.cms.events;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a delivery of a change event to a subscriber stands.")
public enum DeliveryStatus {
    @Description("Not delivered yet: waiting for its turn or for the next attempt.")
    PENDING,
    @Description("The subscriber acknowledged it (a 2xx answer).")
    DELIVERED,
    @Description("Given up after cms.webhooks.max-attempts failures; redeliver sends it again.")
    DEAD
}
