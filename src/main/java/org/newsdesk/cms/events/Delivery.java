package org.newsdesk.cms.events;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One event for one subscriber: pending until delivered, dead after too many failures. */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    public static final int MAX_ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_seq")
    @SequenceGenerator(name = "delivery_seq", sequenceName = "delivery_seq", allocationSize = 50)
    public Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public Long eventId;

    /** The webhook's URL, or {@link Subscribers#PURGE} for the HTTP cache. */
    @Column(nullable = false, length = 2000, updatable = false)
    public String subscriber;

    /** Deliveries with the same key reach a subscriber in event order ({@code article:12}). */
    @Column(name = "ordering_key", nullable = false, length = 64, updatable = false)
    public String orderingKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public DeliveryStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
