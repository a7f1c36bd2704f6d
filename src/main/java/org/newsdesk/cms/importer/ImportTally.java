package org.newsdesk.cms.importer;

/** Counts of a run's outcomes, kept as it goes. */
public final class ImportTally {

    private int created;
    private int updated;
    private int unchanged;
    private int failed;

    void count(ImportStatus status) {
        switch (status) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
            case FAILED -> failed++;
        }
    }

    public int created() {
        return created;
    }

    public int updated() {
        return updated;
    }

    public int unchanged() {
        return unchanged;
    }

    public int failed() {
        return failed;
    }

    public int total() {
        return created + updated + unchanged + failed;
    }

    @Override
    public String toString() {
        return total() + " documents: " + created + " created, " + updated + " updated, " + unchanged
                + " unchanged, " + failed + " failed";
    }
}
