/**
 * Token rules without HTTP: expiry, claims, signed URLs, validity, and the only classes that use jose4j
 * (SigningKeys, JwtSigner, JwtVerifier).
 */
package org.aam.jwt.tokens.control;
