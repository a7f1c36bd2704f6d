package org.newsdesk.cms.article.schedule;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.newsdesk.cms.common.AppClock;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Publishes articles whose scheduled time has come. Schedules live in the
 * database, so a restart loses none (the first tick after start catches up), and
 * every replica may tick: {@link PublicationSchedule#publishIfDue} lets exactly one
 * of them publish each article.
 */
@ApplicationScoped
public class ScheduledPublisher {

    private static final int BATCH = 100;

    private final PublicationSchedule schedule;
    private final AppClock clock;

    ScheduledPublisher(PublicationSchedule schedule, AppClock clock) {
        this.schedule = schedule;
        this.clock = clock;
    }

    /** Catches up at once on start: schedules that fell due while no replica ran are published now. */
    void onStart(@Observes StartupEvent event) {
        publishDue();
    }

    @Scheduled(every = "${cms.publishing.check-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        publishDue();
    }

    /** Publishes every article due now; returns how many this replica published. */
    public int publishDue() {
        Instant now = clock.now();
        int published = 0;
        for (Long id : schedule.dueForPublication(now, BATCH)) {
            if (schedule.publishIfDue(id, now)) {
                published++;
                Log.infof("Published scheduled article %d", id);
            }
        }
        return published;
    }
}
