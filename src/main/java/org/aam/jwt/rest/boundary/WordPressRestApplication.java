package org.aam.jwt.rest.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The same API under {@code /wp-json/aam}, the WordPress form that existing AAM clients call. A second application
 * rather than a second URL pattern of one: RESTEasy (WildFly) serves only one pattern per application.
 */
@ApplicationPath("wp-json/aam")
public class WordPressRestApplication extends Application {
}
