package org.newsdesk.cms.audit;

import java.util.List;

/**
 * What one audit record says, before it is stored: who (user and role), what
 * (operation, target keys such as {@code article:12}, the names of the fields given),
 * the outcome ({@code OK} or an error code) and from where.
 */
public record AuditRecord(String user, String role, String operation, List<String> targetIds, List<String> fields,
        String outcome, String clientAddress) {

    public static final String OK = "OK";

    /** The same record with the keys of what the call produced added to its targets. */
    AuditRecord withTargets(List<String> more) {
        List<String> all = new java.util.ArrayList<>(targetIds);
        more.stream().filter(key -> !all.contains(key)).forEach(all::add);
        return new AuditRecord(user, role, operation, List.copyOf(all), fields, outcome, clientAddress);
    }

    AuditRecord withOutcome(String code) {
        return new AuditRecord(user, role, operation, targetIds, fields, code, clientAddress);
    }
}
