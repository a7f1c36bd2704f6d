package org.newsdesk.cms.events;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.audit.AuditKeys;
import org.newsdesk.cms.common.Times;

@Name("Delivery")
@Description("One change event on its way to one webhook.")
public record DeliveryView(
        @Id @NonNull @Description("Stable identifier; pass it to redeliver.") long id,
        @Id @NonNull @Description("The event's id, as the webhook receives it (stable: de-duplicate by it).") long eventId,
        @NonNull @Description("The event's type: the mutation that made it (publishArticle, …).") String eventType,
        @Id @Description("The article the event is about, if any.") Long articleId,
        @NonNull @Description("The webhook's URL.") String subscriber,
        @NonNull @Description("PENDING, DELIVERED or DEAD.") DeliveryStatus status,
        @Description("Attempts made so far.") int attempts,
        @Description("Why the last attempt failed.") String lastError,
        @Description("When the next attempt is due, while PENDING.") OffsetDateTime nextAttemptAt,
        @Description("When the webhook acknowledged it.") OffsetDateTime deliveredAt) implements AuditKeys {

    static DeliveryView of(Delivery delivery, ChangeEvent event) {
        return new DeliveryView(delivery.id, delivery.eventId, event.type, event.articleId, delivery.subscriber,
                delivery.status, delivery.attempts, delivery.lastError,
                delivery.status == DeliveryStatus.PENDING ? Times.utc(delivery.nextAttemptAt) : null,
                Times.utc(delivery.deliveredAt));
    }

    @Override
    public java.util.List<String> auditKeys() {
        return java.util.List.of("delivery:" + id);
    }
}
