/**
 * The ground floor every resource stands on: the two REST applications (the AAM prefix and WordPress's
 * {@code /wp-json} one), the body limit, a request's merged parameters, and the mappers that write every failure in
 * the WordPress error shape.
 */
package org.aam.jwt.rest.boundary;
