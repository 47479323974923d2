package org.aam.jwt.tokens.entity;

import jakarta.json.JsonObject;

/** A registered token as its owner sees it: the compact JWT, decrypted, and its claims. */
public record OpenedToken(String compact, JsonObject claims) {
}
