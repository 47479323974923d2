package org.aam.jwt.rest.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API under {@code /aam}: every resource path starts at {@code v2/...}. */
@ApplicationPath("aam")
public class AamRestApplication extends Application {
}
