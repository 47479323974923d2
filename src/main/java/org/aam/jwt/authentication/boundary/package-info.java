/**
 * How callers prove who they are (one mechanism for every channel), what they may do, and the
 * {@code /authenticate} endpoint.
 */
package org.aam.jwt.authentication.boundary;
