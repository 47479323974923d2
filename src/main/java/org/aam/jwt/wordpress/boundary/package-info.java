/**
 * The WordPress face of the REST API: the two URL prefixes, the body limit, the merged parameters of a request and
 * the error shape every failure is written in.
 */
package org.aam.jwt.wordpress.boundary;
