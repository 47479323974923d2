/**
 * The admin console's browser session: the signed login URL and the session cookie. The console itself is static
 * (src/main/webapp/console) and talks to the public REST API only.
 */
package org.aam.jwt.console.boundary;
