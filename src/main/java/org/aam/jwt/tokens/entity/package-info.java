/** The token registry and the value types of token issuance. */
package org.aam.jwt.tokens.entity;
