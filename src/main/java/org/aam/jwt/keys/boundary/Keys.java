package org.aam.jwt.keys.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.aam.jwt.configuration.control.DataFolder;
import org.aam.jwt.configuration.control.InvalidSetting;
import org.aam.jwt.configuration.control.Setting;
import org.aam.jwt.configuration.control.Settings;
import org.aam.jwt.events.entity.AuditEvent;
import org.aam.jwt.events.entity.EventName;
import org.aam.jwt.keys.control.SigningKeys;
import org.aam.jwt.keys.entity.KeyStatus;
import org.aam.jwt.keys.entity.RegisteredKey;
import org.aam.jwt.keys.entity.SigningAlgorithm;
import org.aam.jwt.keys.entity.SigningKey;
import org.aam.jwt.rest.control.JsonObjects;
import org.aam.jwt.rest.control.JsonBuilders;
import org.aam.jwt.rest.entity.WpError;

/**
 * The keys component's facade. Which key signs, which still verify and which are retired is decided by the
 * database, so every instance sharing it agrees; the key material lives in the data folder, one owner-only file
 * per key, named by its {@code kid}. An instance caches material by {@code kid} (a thumbprint: the material of a
 * {@code kid} never changes), never a key's state.
 */
@ApplicationScoped
@Transactional
public class Keys {

    private static final Logger LOG = Logger.getLogger(Keys.class.getName());
    /** An RFC 7638 SHA-256 thumbprint: the only kind of kid that can name a key file. */
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{43}");

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    DataFolder data;

    @Inject
    Event<AuditEvent> audit;

    private final Map<String, SigningKey> material = new ConcurrentHashMap<>();
    private SigningAlgorithm algorithm;

    @PostConstruct
    void readAlgorithm() {
        algorithm = SigningKeys.algorithm(settings);
    }

    /**
     * At start-up: a newly configured key becomes the signing key (the earlier ones keep verifying their tokens);
     * with no key configured and none registered for the algorithm, one is generated.
     */
    void registerAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Optional<SigningKey> configured = SigningKeys.configured(settings);
        if (configured.isPresent()) {
            RegisteredKey known = em.find(RegisteredKey.class, configured.get().keyId());
            if (known != null && known.isRetired()) {
                throw new InvalidSetting(algorithm.isSymmetric() ? Setting.SIGNING_SECRET : Setting.PRIVATE_CERT_PATH,
                        "names a key that was retired (kid " + known.keyId() + "); configure a new key");
            }
            if (known == null) {
                register(configured.get(), true);
            }
        } else if (currentKey().isEmpty()) {
            register(SigningKeys.generate(algorithm), true);
        }
        LOG.info("Signing tokens with " + current());
    }

    /** The key that signs new tokens. */
    public SigningKey current() {
        return currentKey().flatMap(key -> material(key.keyId())).orElseThrow(() -> new IllegalStateException(
                "No " + algorithm + " signing key with its material in " + data.root()));
    }

    /** The verification key of a {@code kid} of the configured algorithm, retired or not; empty when unknown. */
    public Optional<Key> verificationKey(String keyId) {
        return material(keyId).filter(key -> key.algorithm() == algorithm).map(SigningKey::verificationKey);
    }

    /** What a signature of this key is worth now (read from the database: every instance agrees). */
    public KeyStatus statusOf(String keyId) {
        return statusOf(keyId == null ? null : em.find(RegisteredKey.class, keyId));
    }

    /**
     * The state of a key as just read from the database, with the same idea of a known key as
     * {@link #verificationKey}'s, which the verifier of presented tokens uses.
     */
    public KeyStatus statusOf(RegisteredKey key) {
        if (key == null || verificationKey(key.keyId()).isEmpty()) {
            return KeyStatus.UNKNOWN;
        }
        return key.isRetired() ? KeyStatus.RETIRED : KeyStatus.VERIFIES;
    }

    /** The public keys that verify this service's tokens: none for HMAC. */
    public JsonObject jwks() {
        JsonArrayBuilder keys = JsonBuilders.array();
        list().stream().filter(key -> !key.isRetired()).flatMap(key -> key.publicJwk().stream())
                .map(JsonObjects::parse).forEach(keys::add);
        return JsonBuilders.object().add("keys", keys).build();
    }

    /** The keys of the configured algorithm, oldest first. */
    public List<RegisteredKey> list() {
        return em.createNamedQuery(RegisteredKey.OF_ALGORITHM, RegisteredKey.class)
                .setParameter("algorithm", algorithm).getResultList();
    }

    public Optional<RegisteredKey> currentKey() {
        return em.createNamedQuery(RegisteredKey.CURRENT, RegisteredKey.class).setParameter("algorithm", algorithm)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Generates a key of the configured algorithm; it verifies at once (and is published in the JWKS, so that
     * consumers know it before it signs) but signs only once made current.
     */
    public RegisteredKey add() {
        return register(SigningKeys.generate(algorithm), false);
    }

    /** @throws WpError 404 for an unknown key, 400 for a retired one */
    public RegisteredKey makeCurrent(String keyId) {
        RegisteredKey key = get(keyId);
        if (key.isRetired()) {
            throw WpError.invalidParam("Key " + keyId + " is retired and cannot sign again; add a new key.");
        }
        Long highest = em.createNamedQuery(RegisteredKey.HIGHEST_RANK, Long.class).getSingleResult();
        key.makeCurrent(highest == null ? 1 : highest + 1);
        audit.fire(AuditEvent.of(EventName.KEY_ROTATED, null, null, "kid " + keyId));
        return key;
    }

    /** @throws WpError 404 for an unknown key, 400 for the key that signs */
    public RegisteredKey retire(String keyId) {
        RegisteredKey key = get(keyId);
        if (currentKey().map(RegisteredKey::keyId).filter(keyId::equals).isPresent()) {
            throw WpError.invalidParam("Key " + keyId + " signs new tokens; make another key current first.");
        }
        if (!key.isRetired()) {
            key.retire(Instant.now());
            audit.fire(AuditEvent.of(EventName.KEY_RETIRED, null, null, "kid " + keyId));
        }
        return key;
    }

    private RegisteredKey get(String keyId) {
        RegisteredKey key = em.find(RegisteredKey.class, keyId);
        if (key == null || key.algorithm() != algorithm) {
            throw WpError.notFound("No " + algorithm + " key has the kid " + keyId + ".");
        }
        return key;
    }

    private RegisteredKey register(SigningKey key, boolean current) {
        data.secret(fileOf(key.keyId()), () -> SigningKeys.toPrivateJwk(key));
        RegisteredKey registered = new RegisteredKey(key, SigningKeys.publicJwk(key), Instant.now());
        em.persist(registered);
        if (current) {
            makeCurrent(key.keyId());
        }
        return registered;
    }

    private Optional<SigningKey> material(String keyId) {
        if (keyId == null) {
            return Optional.empty();
        }
        // Looked up before the kid's syntax is checked: only a valid kid gets in, and a list asks for every token.
        SigningKey cached = material.get(keyId);
        if (cached != null) {
            return Optional.of(cached);
        }
        if (!KEY_ID.matcher(keyId).matches()) {
            return Optional.empty();
        }
        Path file = data.resolve(fileOf(keyId));
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            SigningKey read = SigningKeys.fromPrivateJwk(Files.readString(file));
            if (!read.keyId().equals(keyId)) {
                LOG.warning("Ignoring " + file + ": it holds the key " + read.keyId());
                return Optional.empty();
            }
            material.put(keyId, read);
            return Optional.of(read);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read the key file " + file, unreadable);
        }
    }

    private static String fileOf(String keyId) {
        return "signing-key-" + keyId + ".jwk";
    }
}
