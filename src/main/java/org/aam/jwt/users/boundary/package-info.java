/**
 * The users REST API, the users facade, the first administrator, and the {@link org.aam.jwt.users.boundary.Caller}
 * of a request that every component's resources ask what the caller may do.
 */
package org.aam.jwt.users.boundary;
