package org.aam.jwt.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class TokenSealingTest {

    private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJqdGkiOiJhIn0.c2lnbmF0dXJl";

    private static TokenSealing withNewKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new TokenSealing(new SecretKeySpec(key, "AES"));
    }

    @Test
    void aSealedTokenOpensToWhatWasSealed() {
        TokenSealing sealing = withNewKey();
        String sealed = sealing.seal(TOKEN);
        assertNotEquals(TOKEN, sealed);
        assertEquals(TOKEN, sealing.open(sealed));
    }

    @Test
    void sealingTheSameTokenTwiceGivesTwoCiphertexts() {
        TokenSealing sealing = withNewKey();
        assertNotEquals(sealing.seal(TOKEN), sealing.seal(TOKEN));
    }

    @Test
    void aTamperedTokenIsRefusedAndTheNextOneStillOpens() {
        TokenSealing sealing = withNewKey();
        String sealed = sealing.seal(TOKEN);
        // A character in the middle: the last one of unpadded Base64 may carry bits the decoder ignores.
        int middle = sealed.length() / 2;
        String tampered = sealed.substring(0, middle) + (sealed.charAt(middle) == 'A' ? 'B' : 'A')
                + sealed.substring(middle + 1);
        assertThrows(IllegalStateException.class, () -> sealing.open(tampered));
        assertEquals(TOKEN, sealing.open(sealed));
    }

    @Test
    void aTokenSealedWithAnotherKeyIsRefused() {
        String sealed = withNewKey().seal(TOKEN);
        assertThrows(IllegalStateException.class, () -> withNewKey().open(sealed));
    }

    /** The ciphers are shared by the threads of the server: no two calls may use one at the same time. */
    @Test
    void eightThreadsSealAndOpenAtOnceWithoutMixingTheirTokens() throws Exception {
        TokenSealing sealing = withNewKey();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                String prefix = TOKEN + thread + ".";
                work.add(() -> {
                    int opened = 0;
                    for (int i = 0; i < 2_000; i++) {
                        String token = prefix + i;
                        assertEquals(token, sealing.open(sealing.seal(token)));
                        opened++;
                    }
                    return opened;
                });
            }
            for (Future<Integer> done : threads.invokeAll(work)) {
                assertEquals(2_000, done.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
