/** The health check a load balancer polls: is this instance able to reach its database. */
package org.aam.jwt.health.boundary;
