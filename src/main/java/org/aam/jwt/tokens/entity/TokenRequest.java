package org.aam.jwt.tokens.entity;

import jakarta.json.JsonObject;

/**
 * What a new token should be, already checked: {@code exp} (seconds since the epoch) in the future and within the
 * longest lifetime allowed, additional claims free of reserved names.
 */
public record TokenRequest(long expiresAt, boolean refreshable, boolean revocable, JsonObject additionalClaims) {
}
