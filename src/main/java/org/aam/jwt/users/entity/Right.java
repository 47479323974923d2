package org.aam.jwt.users.entity;

/**
 * A role or a capability. Each is a Jakarta EE security role of the same name (declared in web.xml), so the
 * container decides whether a caller holds it, and a server administrator can map realm groups onto it.
 */
public sealed interface Right permits Role, Capability {

    /** The name in the API and the security role name, e.g. {@code aam_manage_jwt}. */
    String roleName();
}
