package org.newsdesk.cms.importer.document;

/** A document that cannot become an article; the message is for the editor who sent it. */
public class UnreadableDocumentException extends RuntimeException {

    public UnreadableDocumentException(String reason) {
        super(reason);
    }
}
