package org.aam.jwt.tokens.entity;

/** Every reason a token does not work, in the words the API answers with. */
public enum TokenProblem {
    MALFORMED("Token is malformed or was not issued by this service"),
    NOT_SIGNED("Token is not signed"),
    OTHER_ALGORITHM("Token is signed with an algorithm this service does not accept"),
    UNKNOWN_KEY("Token was signed with a key this service does not know"),
    BAD_SIGNATURE("Token signature is invalid"),
    MISSING_CLAIM("Token lacks a required claim (exp, iat or jti)"),
    MALFORMED_CLAIM("Token has a malformed claim"),
    NO_USER_ID("Token has no userId claim"),
    EXPIRED("Token has expired"),
    NOT_YET_VALID("Token is not valid yet"),
    ISSUED_IN_FUTURE("Token was issued in the future"),
    RETIRED_KEY("Token was signed with a retired key"),
    REVOKED("Token has been revoked"),
    /** Only a refresh asks for it: a token refreshes once, though one that is not revocable keeps working. */
    ALREADY_REFRESHED("Token has already been refreshed: use the token that replaced it"),
    USER_GONE("User no longer exists"),
    USER_INACTIVE("User is inactive"),
    USER_CHANGED("Token was issued before the user's password or status changed");

    private final String reason;

    TokenProblem(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
