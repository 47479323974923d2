package org.aam.jwt.tokens.entity;

import jakarta.json.JsonObject;
import org.aam.jwt.users.entity.User;

/** A presented token that works: its claims and its user. */
public record VerifiedToken(JsonObject claims, User owner) {

    public String jti() {
        return claims.getString("jti");
    }
}
