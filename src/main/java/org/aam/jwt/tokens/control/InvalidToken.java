package org.aam.jwt.tokens.control;

/** A token that must not be honoured; the message is the reason, fit to show to the client. */
public class InvalidToken extends RuntimeException {

    public InvalidToken(String reason) {
        super(reason, null, false, false);
    }
}
