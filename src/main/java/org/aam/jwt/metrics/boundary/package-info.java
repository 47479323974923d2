/**
 * The service's metrics in the Prometheus text format at {@code GET /aam/v2/metrics}: counters of the audit's
 * events (observed, not counted a second time where they happen), requests by route and refused status, tokens
 * registered. Micrometer is bundled in the WAR, so the numbers are the same on every server.
 */
package org.aam.jwt.metrics.boundary;
