package org.aam.jwt.tokens.entity;

import java.util.Optional;

/**
 * A registered token and what the database says of it now.
 *
 * @param problem why the token does not work now; empty when it does
 */
public record CheckedToken(Token token, Optional<String> problem) {
}
