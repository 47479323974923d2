/**
 * The audit trail: records every {@link org.aam.jwt.events.entity.AuditEvent} in the database and as a JSON line
 * in the log {@code org.aam.jwt.audit}, off the request's thread; serves {@code GET /aam/v2/audit}; prunes what
 * is older than {@code aam.audit.retention}.
 */
package org.aam.jwt.audit.boundary;
