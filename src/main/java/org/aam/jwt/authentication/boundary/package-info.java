/**
 * How callers prove who they are (one mechanism for every channel) and the
 * {@code /authenticate} endpoint.
 */
package org.aam.jwt.authentication.boundary;
