package org.newsdesk.cms.importer;

/** The import cannot run at all (no such folder, unreadable folder). */
public class ImportNotPossibleException extends RuntimeException {

    public ImportNotPossibleException(String message) {
        super(message);
    }
}
