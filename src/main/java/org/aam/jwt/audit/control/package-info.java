/** The audit trail's rules without a server: reading a query's filters and cursor, an event as JSON. */
package org.aam.jwt.audit.control;
