package org.aam.jwt.tokens.control;

import java.security.Key;
import java.util.Optional;
import java.util.function.Function;
import org.aam.jwt.tokens.entity.SignedClaims;

/**
 * The presented tokens whose signature has been checked, so that a token sent again (a client sends the same
 * token with every request) is not parsed and verified again: an RS256 verification is most of what checking a
 * token costs. Only the signature and the parsing are saved; everything that can change (expiry, the key's state,
 * the registration, the owner) is checked on every use. An entry is keyed by the whole token, compared as a
 * string, and holds the key that verified it: it counts only while its {@code kid} still resolves to that same
 * key, so a deleted or replaced key never lets a remembered token through.
 *
 * <p>Only tokens that verified get in, so a client cannot fill it with garbage; it holds {@link #CAPACITY} tokens at
 * most (a few MB).
 */
final class VerifiedSignatures {

    static final int CAPACITY = 4_096;

    private record Verified(Key key, SignedClaims claims) {
    }

    private final BoundedMemo<String, Verified> verified = new BoundedMemo<>(CAPACITY);

    /** The claims of this token, if it was verified with the key its {@code kid} resolves to now. */
    Optional<SignedClaims> get(String compact, Function<String, Optional<Key>> keys) {
        Verified known = verified.get(compact);
        if (known == null || !keys.apply(known.claims().keyId()).filter(known.key()::equals).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(known.claims());
    }

    void put(String compact, Key key, SignedClaims claims) {
        verified.put(compact, new Verified(key, claims));
    }

    int size() {
        return verified.size();
    }
}
