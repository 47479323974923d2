/** The users REST API, the users facade, and the first administrator. */
package org.aam.jwt.users.boundary;
