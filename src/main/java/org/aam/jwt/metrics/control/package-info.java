/** The metrics' rules without a server: who may scrape, and the bounded name of a route. */
package org.aam.jwt.metrics.control;
