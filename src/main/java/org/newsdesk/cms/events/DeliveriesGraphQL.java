package org.newsdesk.cms.events;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.newsdesk.cms.access.Access;
import org.newsdesk.cms.access.Permission;
import org.newsdesk.cms.audit.Audited;
import org.newsdesk.cms.common.ApiException;
import org.newsdesk.cms.common.AppClock;
import org.newsdesk.cms.common.Cursor;
import org.newsdesk.cms.common.Ids;
import org.newsdesk.cms.common.PageInfo;
import org.newsdesk.cms.common.PageSize;

/** Editors see where change events stand with each webhook, and send a dead one again. */
@GraphQLApi
public class DeliveriesGraphQL {

    private static final String LIST = "DELIVERIES";

    @Inject
    Access access;

    @Inject
    AppClock clock;

    @Query("deliveries")
    @NonNull
    @Description("Webhook deliveries, newest first. Editors and admins.")
    @Transactional
    public DeliveryConnection deliveries(
            @DefaultValue("20") @Description("Page size, 0 to " + PageSize.MAX + ".") int first,
            @Description("Cursor after which the page starts (pageInfo.endCursor of the previous page).") String after,
            @Description("Only deliveries in this state.") DeliveryStatus status) {
        access.require(Permission.MANAGE_DELIVERIES);
        int size = PageSize.check(first);
        StringBuilder where = new StringBuilder("1 = 1");
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        if (status != null) {
            where.append(" and d.status = :status");
            parameters.put("status", status);
        }
        if (after != null) {
            where.append(" and d.id < :after");
            parameters.put("after", Cursor.decode(after, LIST).id());
        }
        List<Delivery> rows = size == 0 ? List.of()
                : Delivery.<Delivery>find("from Delivery d where " + where + " order by d.id desc", parameters)
                        .page(0, size + 1).list();
        boolean hasNext = rows.size() > size;
        List<Delivery> page = hasNext ? rows.subList(0, size) : rows;
        List<DeliveryView> nodes = page.stream()
                .map(delivery -> DeliveryView.of(delivery, ChangeEvent.findById(delivery.eventId))).toList();
        String end = page.isEmpty() ? null : new Cursor(LIST, null, page.get(page.size() - 1).id).encode();
        return new DeliveryConnection(nodes, new PageInfo(hasNext, end));
    }

    @Mutation("redeliver")
    @Audited(target = "delivery")
    @NonNull
    @Description("Sends a delivery again (a DEAD one, or a DELIVERED one the receiver lost): it is PENDING again with "
            + "its attempts reset, and goes out in its article's turn. Editors and admins.")
    @Transactional
    public DeliveryView redeliver(@NonNull @Id @Description("The delivery's id.") String id) {
        access.require(Permission.MANAGE_DELIVERIES);
        Delivery delivery = Delivery.<Delivery>findByIdOptional(Ids.require(id, "delivery"))
                .orElseThrow(() -> ApiException.notFound("No delivery has the id '" + id + "'"));
        delivery.status = DeliveryStatus.PENDING;
        delivery.attempts = 0;
        delivery.lastError = null;
        delivery.deliveredAt = null;
        delivery.nextAttemptAt = Instant.from(clock.now());
        return DeliveryView.of(delivery, ChangeEvent.findById(delivery.eventId));
    }
}
