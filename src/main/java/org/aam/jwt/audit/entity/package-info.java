/** The stored audit trail: one row per event, and the page of them a query returns. */
package org.aam.jwt.audit.entity;
