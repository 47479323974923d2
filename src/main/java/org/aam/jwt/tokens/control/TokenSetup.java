package org.aam.jwt.tokens.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.logging.Logger;
import org.aam.jwt.configuration.control.DataFolder;
import org.aam.jwt.configuration.control.Settings;

/** Builds the signing key, signer, verifier and policy once, at start-up, where a bad setting stops the deployment. */
@ApplicationScoped
public class TokenSetup {

    private static final Logger LOG = Logger.getLogger(TokenSetup.class.getName());

    @Produces
    @Singleton
    SigningKey signingKey(Settings settings, DataFolder data) {
        SigningKey key = SigningKeys.load(settings, data);
        LOG.info("Signing tokens with " + key);
        return key;
    }

    @Produces
    @Singleton
    JwtSigner signer(SigningKey key) {
        return new JwtSigner(key);
    }

    @Produces
    @Singleton
    JwtVerifier verifier(SigningKey key) {
        return new JwtVerifier(key);
    }

    @Produces
    @Singleton
    TokenPolicy policy(Settings settings) {
        return TokenPolicy.of(settings);
    }

    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started, SigningKey key, TokenPolicy policy) {
        // Injecting them is enough: a bad setting throws here and the deployment fails with its message.
    }
}
