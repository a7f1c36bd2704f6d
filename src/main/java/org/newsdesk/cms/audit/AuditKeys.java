package org.newsdesk.cms.audit;

import java.util.List;

/**
 * What a mutation's answer names for the audit trail: keys such as {@code article:12}
 * (the article it created or changed), so that a record holds the ids of results the
 * arguments did not carry.
 */
public interface AuditKeys {

    List<String> auditKeys();
}
