package org.aam.jwt.wordpress.boundary;

import jakarta.ws.rs.core.Application;

/**
 * The REST API. web.xml maps it twice, at {@code /aam/*} and at {@code /wp-json/aam/*} (the WordPress form that
 * existing AAM clients call), so every resource path starts at {@code v2/...} and is served under both prefixes.
 */
public class AamRestApplication extends Application {
}
