package org.newsdesk.cms.importer;

import org.eclipse.microprofile.graphql.Description;

@Description("What importing one document did.")
public enum ImportStatus {
    @Description("A new article was stored.")
    CREATED,
    @Description("The article with this canonical URL (or file) was changed in place.")
    UPDATED,
    @Description("The document matched the stored article; nothing was written.")
    UNCHANGED,
    @Description("The document could not be imported; see the error. Nothing of it was stored.")
    FAILED
}
