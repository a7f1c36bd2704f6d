package org.newsdesk.cms.importer;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** What became of each document of a run. */
@ApplicationScoped
public class ImportItemRepository implements PanacheRepository<ImportItem> {

    /** The items of these runs, each run's in document order. */
    public List<ImportItem> ofRuns(Collection<Long> runIds) {
        return runIds.isEmpty() ? List.of() : list("run.id in ?1 order by run.id, position", runIds);
    }
}
