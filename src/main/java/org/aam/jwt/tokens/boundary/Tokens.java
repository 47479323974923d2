package org.aam.jwt.tokens.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.aam.jwt.events.entity.AuditEvent;
import org.aam.jwt.events.entity.EventName;
import org.aam.jwt.keys.boundary.Keys;
import org.aam.jwt.keys.entity.KeyStatus;
import org.aam.jwt.keys.entity.RegisteredKey;
import org.aam.jwt.keys.entity.SigningKey;
import org.aam.jwt.tokens.control.ClaimSet;
import org.aam.jwt.tokens.control.InvalidToken;
import org.aam.jwt.tokens.control.JwtSigner;
import org.aam.jwt.tokens.control.JwtVerifier;
import org.aam.jwt.tokens.control.TokenPolicy;
import org.aam.jwt.tokens.control.TokenValidity;
import org.aam.jwt.tokens.entity.CheckedToken;
import org.aam.jwt.tokens.entity.IssuedJwt;
import org.aam.jwt.tokens.entity.RefreshedToken;
import org.aam.jwt.tokens.entity.RegistryPlace;
import org.aam.jwt.tokens.entity.SessionToken;
import org.aam.jwt.tokens.entity.SignedClaims;
import org.aam.jwt.tokens.entity.Token;
import org.aam.jwt.tokens.entity.TokenProblem;
import org.aam.jwt.tokens.entity.TokenRequest;
import org.aam.jwt.tokens.entity.TokenSubject;
import org.aam.jwt.tokens.entity.VerifiedToken;
import org.aam.jwt.users.boundary.Users;
import org.aam.jwt.users.entity.User;
import org.aam.jwt.users.entity.UserRemoved;
import org.aam.jwt.rest.entity.WpError;

/**
 * The tokens component's facade: the registry of each user's tokens, issuing and verifying. Every change to a
 * user's registry first locks that user's row, so changes for one user are serialised in the database.
 */
@ApplicationScoped
@Transactional
public class Tokens {

    @PersistenceContext
    EntityManager em;

    @Inject
    Users users;

    @Inject
    TokenPolicy policy;

    @Inject
    Keys keys;

    @Inject
    JwtVerifier verifier;

    @Inject
    TokenUses uses;

    @Inject
    Event<AuditEvent> audit;

    /**
     * One of the owner's tokens with {@link #problemOf its problem}, in one transaction.
     *
     * @throws WpError 404 when the owner has no token with this id
     */
    public CheckedToken getChecked(User owner, String id, Instant now) {
        Token token = get(owner.id(), id);
        return new CheckedToken(token, problemOf(token, keys.statusOf(token.keyId()), true, owner, now));
    }

    private Token get(long userId, String id) {
        Token token = em.find(Token.class, id);
        if (token == null || token.userId() != userId) {
            throw new WpError(404, "rest_not_found", "Token does not exist.");
        }
        return token;
    }

    /**
     * Issues a token and registers it; when the registry is full, the oldest tokens leave it.
     *
     * <p>The token is signed before the owner's lock, from the owner as the caller read it: a signature (RSA takes a
     * millisecond or more) would otherwise hold every other issuance for the same user waiting. Under the lock the
     * claims are made again from the owner as locked, and signed again only if they differ (the owner's rights or
     * password changed in between), so a token never names rights its owner no longer has.
     *
     * @param owner  the token's owner, as read by the caller
     * @param issuer the {@code iss} claim: the site URL
     */
    public Token issue(User owner, TokenRequest request, String issuer) {
        String jti = newJti();
        Instant now = Instant.now();
        SignedToken early = signed(ClaimSet.of(request, issuer, jti, owner.issuedAtFor(now), TokenSubject.of(owner)));
        User locked = users.lock(owner.id());
        JsonObject claims = ClaimSet.of(request, issuer, jti, locked.issuedAtFor(now), TokenSubject.of(locked));
        Token token = registerNewest(claims.equals(early.claims()) ? early : signed(claims), locked.id());
        audit.fire(AuditEvent.of(EventName.TOKEN_ISSUED, locked.id(), token.id(), null));
        return token;
    }

    /** Registers a token as the user's newest, trimming the registry; the user's row must be locked. */
    private Token registerNewest(SignedToken signed, long userId) {
        List<RegistryPlace> places = em.createNamedQuery(Token.PLACES_OF_USER, RegistryPlace.class)
                .setParameter("userId", userId).getResultList();
        Token token = register(signed, userId, places.isEmpty() ? 1 : places.get(0).listOrder() + 1);
        // The new token and the newest registrySize - 1 of the others stay.
        int kept = policy.registrySize() - 1;
        if (places.size() > kept) {
            List<RegistryPlace> pushedOut = places.subList(kept, places.size());
            em.createNamedQuery(Token.DELETE_OF_USER_UP_TO).setParameter("userId", userId)
                    .setParameter("listOrder", pushedOut.get(0).listOrder()).executeUpdate();
            pushedOut.forEach(place -> audit.fire(AuditEvent.of(EventName.TOKEN_PUSHED_OUT, userId, place.id(), null)));
        }
        return token;
    }

    /**
     * Replaces a refreshable token by a new one with the same claims and lifetime, in the old one's place in the
     * registry; the new one names the user's current rights, never the old token's. The check that the old token
     * is still registered runs under the user's lock, so of concurrent refreshes of one token exactly one finds it
     * there. A token that is not revocable and was pushed out of the registry still works, so it still refreshes:
     * its successor joins the registry as the newest, dropping only the oldest.
     *
     * @throws InvalidToken  when the token does not work, or has already been refreshed
     * @throws WpError       405 when the token is not refreshable
     */
    public Token refresh(String compact) {
        VerifiedToken old = verifyLocked(compact);
        if (old.claims().get("refreshable") != JsonValue.TRUE) {
            throw WpError.jwtValidationFailure(405, "Token is not refreshable");
        }
        long issuedAt = old.owner().issuedAtFor(Instant.now());
        JsonObject claims = ClaimSet.renewed(old.claims(), newJti(), issuedAt, TokenSubject.of(old.owner()));
        Optional<Token> registered = registered(old);
        if (!isRevocable(old.claims())) {
            recordRefreshOf(old);
        }
        Token renewed;
        if (registered.isEmpty()) {
            // Only a token that is not revocable gets here: a revocable one outside the registry does not verify.
            renewed = registerNewest(signed(claims), old.owner().id());
        } else {
            em.remove(registered.get());
            // The new token takes the old one's list_order, which is unique per user: the old row must go first.
            em.flush();
            renewed = register(signed(claims), old.owner().id(), registered.get().listOrder());
        }
        audit.fire(AuditEvent.of(EventName.TOKEN_REFRESHED, old.owner().id(), renewed.id(), "replaces " + old.jti()));
        return renewed;
    }

    /**
     * A token that is not revocable outlives its place in the registry, so that it was refreshed is kept apart,
     * until it expires; the user's lock makes the check and the record one step.
     *
     * @throws InvalidToken when it was refreshed before
     */
    private void recordRefreshOf(VerifiedToken old) {
        if (em.find(RefreshedToken.class, old.jti()) != null) {
            throw new InvalidToken(TokenProblem.ALREADY_REFRESHED);
        }
        long userId = old.owner().id();
        em.createNamedQuery(RefreshedToken.DELETE_EXPIRED_OF_USER).setParameter("userId", userId)
                .setParameter("now", Instant.now().getEpochSecond()).executeUpdate();
        em.persist(new RefreshedToken(old.jti(), userId, old.claims().getJsonNumber("exp").longValue()));
    }

    /**
     * Starts a console session for the user: a token with the default lifetime, registered apart from the user's
     * API tokens (see {@link SessionToken}).
     *
     * @return the compact token, for the session cookie
     */
    public String startSession(long userId, String issuer) {
        User owner = users.get(userId);
        Instant now = Instant.now();
        long expiresAt = policy.expiry().resolve(Optional.empty(), Optional.empty(), now);
        JsonObject claims = ClaimSet.session(expiresAt, issuer, newJti(), owner.issuedAtFor(now), TokenSubject.of(owner));
        String compact = JwtSigner.sign(keys.current(), claims.toString());
        em.createNamedQuery(SessionToken.DELETE_EXPIRED_OF_USER).setParameter("userId", userId)
                .setParameter("now", now.getEpochSecond()).executeUpdate();
        em.persist(new SessionToken(claims.getString("jti"), userId, expiresAt));
        audit.fire(AuditEvent.of(EventName.TOKEN_ISSUED, userId, claims.getString("jti"), "console session"));
        return compact;
    }

    /**
     * Removes a revocable token from the registry (a console session from its own), which stops it at once.
     *
     * @throws InvalidToken when the token does not work (a second revoke finds it revoked)
     * @throws WpError      405 when the token is not revocable: it would keep working, so nothing is done
     */
    public void revoke(String compact) {
        VerifiedToken token = verifyLocked(compact);
        if (!isRevocable(token.claims())) {
            throw WpError.jwtValidationFailure(405, "Token is not revocable: it keeps working until it expires");
        }
        boolean session = ClaimSet.isSession(token.claims());
        if (session) {
            Optional.ofNullable(em.find(SessionToken.class, token.jti())).ifPresent(em::remove);
        } else {
            registered(token).ifPresent(em::remove);
        }
        audit.fire(AuditEvent.of(EventName.TOKEN_REVOKED, token.owner().id(), token.jti(),
                session ? "console session" : null));
    }

    public Token delete(long userId, String id) {
        users.lock(userId);
        Token token = get(userId, id);
        em.remove(token);
        audit.fire(AuditEvent.of(EventName.TOKEN_DELETED, userId, id, null));
        return token;
    }

    /** @return how many tokens were deleted */
    public int reset(long userId) {
        users.lock(userId);
        int deleted = deleteAllOf(userId);
        audit.fire(AuditEvent.of(EventName.TOKENS_RESET, userId, null, deleted + " tokens deleted"));
        return deleted;
    }

    /** How many tokens are registered, for all users: one count query, for the metrics. */
    public long registeredCount() {
        return em.createNamedQuery(Token.COUNT, Long.class).getSingleResult();
    }

    void deleteTokensOfRemovedUser(@Observes UserRemoved removed) {
        deleteAllOf(removed.userId());
        em.createNamedQuery(RefreshedToken.DELETE_OF_USER).setParameter("userId", removed.userId()).executeUpdate();
        em.createNamedQuery(SessionToken.DELETE_OF_USER).setParameter("userId", removed.userId()).executeUpdate();
    }

    /**
     * Checks a presented token completely: its signature and structure, then {@link TokenValidity the validity
     * check} with its registration and its user as the database has them now.
     *
     * @throws InvalidToken with the reason
     */
    public VerifiedToken verify(String compact) {
        return verified(verifier.verify(compact, Instant.now()));
    }

    /**
     * {@link #verify} for a token presented as a credential, which is a use of it ({@code last_used_at}). A console
     * session's use is not recorded: no token object shows it.
     *
     * @throws InvalidToken with the reason
     */
    public VerifiedToken authenticate(String compact) {
        VerifiedToken token = verify(compact);
        if (!ClaimSet.isSession(token.claims())) {
            uses.record(token.jti());
        }
        return token;
    }

    /** {@link #verify}, with the registry read only after the token's user is locked: for the changes it decides. */
    private VerifiedToken verifyLocked(String compact) {
        SignedClaims signed = verifier.verify(compact, Instant.now());
        users.lockIfExists(userIdOf(signed.claims()));
        return verified(signed);
    }

    private VerifiedToken verified(SignedClaims signed) {
        JsonObject claims = signed.claims();
        long userId = userIdOf(claims);
        boolean revocable = isRevocable(claims);
        boolean session = ClaimSet.isSession(claims);
        String jti = claims.getString("jti");
        Optional<Registration> registration = revocable && !session
                ? registration(jti, userId, signed.keyId()) : Optional.empty();
        KeyStatus key;
        Optional<User> owner;
        boolean registered;
        if (registration.isPresent()) {
            key = keys.statusOf(registration.get().key());
            owner = Optional.of(registration.get().owner());
            registered = true;
        } else {
            key = keys.statusOf(signed.keyId());
            owner = users.find(userId);
            // Only a revocable token's registration matters: the query is skipped for the others.
            registered = !revocable || (session && isSessionOf(jti, userId));
        }
        TokenValidity.Facts facts = new TokenValidity.Facts(key, claims.getJsonNumber("exp").longValue(),
                claims.getJsonNumber("iat").longValue(), revocable, registered, owner);
        TokenValidity.problemOf(facts, Instant.now()).ifPresent(problem -> {
            throw new InvalidToken(problem);
        });
        return new VerifiedToken(claims, owner.orElseThrow());
    }

    /**
     * The owner's registered tokens, oldest first, each with its problem: read with their keys in one query, each
     * key's state worked out once (a list shows tokens of few keys).
     */
    public List<CheckedToken> listChecked(User owner, Instant now) {
        Map<String, KeyStatus> keyStates = new HashMap<>();
        return em.createNamedQuery(Token.WITH_KEYS_OF_USER, Object[].class).setParameter("userId", owner.id())
                .getResultStream().map(row -> {
                    Token token = (Token) row[0];
                    KeyStatus key = keyStates.computeIfAbsent(token.keyId(),
                            kid -> keys.statusOf((RegisteredKey) row[1]));
                    return new CheckedToken(token, problemOf(token, key, true, owner, now));
                }).toList();
    }

    /** Why a token just deleted does not work: revoked, or, for a token that is not revocable, its real state. */
    public Optional<String> problemOfDeleted(Token token, User owner, Instant now) {
        return problemOf(token, keys.statusOf(token.keyId()), false, owner, now);
    }

    /** Why a token of this row does not work now, or empty: from the database, without checking its signature. */
    private static Optional<String> problemOf(Token token, KeyStatus key, boolean registered, User owner,
            Instant now) {
        return TokenValidity.problemOf(TokenValidity.Facts.of(token, key, registered, Optional.of(owner)), now)
                .map(TokenProblem::reason);
    }

    private boolean isSessionOf(String jti, long userId) {
        SessionToken session = em.find(SessionToken.class, jti);
        return session != null && session.userId() == userId;
    }

    /**
     * A Bearer request's three reads in one query, for a token registered to its owner and signed by a registered key:
     * empty otherwise, and then they are read one by one for the reason.
     */
    private Optional<Registration> registration(String jti, long userId, String keyId) {
        return em.createNamedQuery(Token.REGISTRATION, Object[].class).setParameter("id", jti)
                .setParameter("userId", userId).setParameter("keyId", keyId).getResultStream().findFirst()
                .map(row -> new Registration((User) row[0], (RegisteredKey) row[1]));
    }

    /** A registered token's owner and key. */
    private record Registration(User owner, RegisteredKey key) {
    }

    /** A token is revocable unless it says otherwise: that is the safe reading of an unusual claim. */
    private static boolean isRevocable(JsonObject claims) {
        return claims.get("revocable") != JsonValue.FALSE;
    }

    private Optional<Token> registered(VerifiedToken token) {
        return Optional.ofNullable(em.find(Token.class, token.jti())).filter(t -> t.userId() == token.owner().id());
    }

    /** Signs with the current key. */
    private SignedToken signed(JsonObject claims) {
        SigningKey key = keys.current();
        return new SignedToken(claims, JwtSigner.sign(key, claims.toString()), key.keyId());
    }

    private Token register(SignedToken signed, long userId, long listOrder) {
        JsonObject claims = signed.claims();
        Token token = new Token(new IssuedJwt(signed.compact(), claims.getString("jti"), signed.keyId(),
                claims.getJsonNumber("iat").longValue(), claims.getJsonNumber("exp").longValue(),
                claims.get("refreshable") == JsonValue.TRUE, isRevocable(claims)), userId, listOrder);
        em.persist(token);
        return token;
    }

    /** A token signed and not yet registered. */
    private record SignedToken(JsonObject claims, String compact, String keyId) {
    }

    /** UUID.randomUUID draws from SecureRandom. */
    private static String newJti() {
        return UUID.randomUUID().toString();
    }

    private static long userIdOf(JsonObject claims) {
        if (claims.get("userId") instanceof JsonNumber number && number.isIntegral()) {
            return number.longValue();
        }
        throw new InvalidToken(TokenProblem.NO_USER_ID);
    }

    private int deleteAllOf(long userId) {
        return em.createNamedQuery(Token.DELETE_OF_USER).setParameter("userId", userId).executeUpdate();
    }
}
