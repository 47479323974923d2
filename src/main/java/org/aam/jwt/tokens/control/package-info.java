/**
 * Token rules without HTTP: expiry, claims, signed URLs, validity, and the only classes that use jose4j
 * to sign and verify (JwtSigner, JwtVerifier; keys are made in the keys component).
 */
package org.aam.jwt.tokens.control;
