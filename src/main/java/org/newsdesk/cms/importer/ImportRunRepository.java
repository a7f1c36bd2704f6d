package org.newsdesk.cms.importer;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Import runs: one row per import, with its tallies. */
@ApplicationScoped
public class ImportRunRepository implements PanacheRepository<ImportRun> {

    /** The newest {@code limit} runs, newest first. */
    public List<ImportRun> latest(int limit) {
        return find("order by startedAt desc, id desc").range(0, limit - 1).list();
    }

    /** The run with this id, without reading it: for an item's foreign key. */
    public ImportRun reference(long id) {
        return getEntityManager().getReference(ImportRun.class, id);
    }
}
