/** Key material: reading configured keys, generating new ones, the JWK form (jose4j). */
package org.aam.jwt.keys.control;
