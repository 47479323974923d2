package org.aam.jwt.users.entity;

/** Fired inside the transaction that deletes a user, so that what the user owns goes with it. */
public record UserRemoved(long userId) {
}
