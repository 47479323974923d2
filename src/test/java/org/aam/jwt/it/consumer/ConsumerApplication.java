package org.aam.jwt.it.consumer;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * Another service that trusts the AAM JWT service's tokens without calling it: MicroProfile JWT checks them with
 * the public keys of the service's JWKS. Deployed only by MicroProfileConsumerPayaraProcessIT.
 */
@ApplicationPath("api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"administrator", "subscriber"})
public class ConsumerApplication extends Application {
}
