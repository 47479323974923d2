package org.aam.jwt.audit.entity;

import java.util.List;
import java.util.Optional;

/** A page of the trail, newest first, and where the next one starts (empty on the last page). */
public record AuditPage(List<AuditRecord> events, Optional<String> next) {
}
