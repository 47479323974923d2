package org.aam.jwt.tokens.entity;

import jakarta.json.JsonObject;

/** A token whose signature and times check out: the {@code kid} of the key that signed it, and its claims. */
public record SignedClaims(String keyId, JsonObject claims) {
}
