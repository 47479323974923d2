package org.aam.jwt.tokens.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.aam.jwt.configuration.control.Settings;
import org.aam.jwt.keys.boundary.Keys;
import org.aam.jwt.keys.control.SigningKeys;

/** Builds the verifier and policy once, at start-up, where a bad setting stops the deployment. */
@ApplicationScoped
public class TokenSetup {

    @Produces
    @Singleton
    JwtVerifier verifier(Settings settings, Keys keys) {
        return new JwtVerifier(SigningKeys.algorithm(settings), keys::verificationKey);
    }

    @Produces
    @Singleton
    TokenPolicy policy(Settings settings) {
        return TokenPolicy.of(settings);
    }

    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started, JwtVerifier verifier,
            TokenPolicy policy) {
        // Injecting them is enough: a bad setting throws here and the deployment fails with its message.
    }
}
