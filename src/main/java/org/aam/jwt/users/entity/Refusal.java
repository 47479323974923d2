package org.aam.jwt.users.entity;

import org.aam.jwt.rest.entity.WpError;

/**
 * Why the credentials of a request were not accepted. The mechanism never answers a request itself (most of this
 * WAR's URLs need no login); it leaves this on the request, and a route that needs a caller answers with it.
 */
public record Refusal(WpError error) {

    public static final String ATTRIBUTE = Refusal.class.getName();
}
