/** Brings the database to this version's schema at start-up, before anything else uses it. */
package org.aam.jwt.schema.boundary;
