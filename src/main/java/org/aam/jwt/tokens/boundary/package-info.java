/** The token REST API, the token registry's facade, and how a token object is shown. */
package org.aam.jwt.tokens.boundary;
