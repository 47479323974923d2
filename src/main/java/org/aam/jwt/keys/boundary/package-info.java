/** The key registry's facade, the administrators' key rotation API, and the public JWKS. */
package org.aam.jwt.keys.boundary;
