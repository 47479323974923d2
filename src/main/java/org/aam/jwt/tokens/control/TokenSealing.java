package org.aam.jwt.tokens.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.aam.jwt.configuration.control.DataFolder;
import org.aam.jwt.configuration.control.Settings;

/**
 * Keeps stored tokens encrypted (AES-256-GCM), so that the database alone never hands out a working token: the
 * key lives in the data folder ({@code token-store-key}, owner-only), never in the database. The entity calls it
 * from its persistence callbacks, outside CDI, so it reads the configuration itself, as the data source does.
 * (Not a JPA converter: EclipseLink drops {@code @Lob} from a converted column, and a token outgrows VARCHAR(255).)
 */
public final class TokenSealing {

    static final String KEY_FILE = "token-store-key";
    private static final String VERSION = "v1.";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static volatile TokenSealing instance;

    private final SecretKey key;
    /** A cipher is costly to make and not thread-safe: each serves one call at a time, then waits here. */
    private final Queue<Cipher> ciphers = new ConcurrentLinkedQueue<>();

    /** @param key an AES-256 key: the data folder's, or a test's own */
    TokenSealing(SecretKey key) {
        this.key = key;
    }

    private static SecretKey keyOfDataFolder() {
        DataFolder folder = DataFolder.of(Settings.fromEnvironment());
        return new SecretKeySpec(Base64.getUrlDecoder().decode(folder.secret(KEY_FILE, TokenSealing::newKey)), "AES");
    }

    /** The sealing of this JVM's configuration, made on first use. */
    public static TokenSealing get() {
        TokenSealing current = instance;
        if (current == null) {
            synchronized (TokenSealing.class) {
                if (instance == null) {
                    instance = new TokenSealing(keyOfDataFolder());
                }
                current = instance;
            }
        }
        return current;
    }

    private static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @FunctionalInterface
    private interface CipherCall {
        byte[] apply(Cipher cipher) throws GeneralSecurityException;
    }

    /** Every call initialises the cipher afresh, so one that failed is as good as new. */
    private byte[] withCipher(CipherCall call) throws GeneralSecurityException {
        Cipher cipher = ciphers.poll();
        if (cipher == null) {
            cipher = Cipher.getInstance("AES/GCM/NoPadding");
        }
        try {
            return call.apply(cipher);
        } finally {
            ciphers.offer(cipher);
        }
    }

    public String seal(String compact) {
        if (compact == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            byte[] sealed = withCipher(cipher -> {
                cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
                return cipher.doFinal(compact.getBytes(StandardCharsets.US_ASCII));
            });
            return VERSION + Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Cannot encrypt a token for storage", failure);
        }
    }

    public String open(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(VERSION)) {
            throw new IllegalStateException("A stored token is not encrypted by this service");
        }
        byte[] bytes = Base64.getUrlDecoder().decode(stored.substring(VERSION.length()));
        try {
            return new String(withCipher(cipher -> {
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
                return cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            }), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException wrongKey) {
            throw new IllegalStateException("A stored token cannot be decrypted: is " + KEY_FILE
                    + " in the data folder the one it was stored with?", wrongKey);
        }
    }
}
