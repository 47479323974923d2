/**
 * What happened to a credential, fired as a CDI event by the facades that make it happen. The ground floor:
 * tokens, users and keys fire these without importing the audit or the metrics that observe them.
 */
package org.aam.jwt.events.entity;
