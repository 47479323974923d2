/** The versioned migrations of the schema (Flyway), the files they are read from, and the version checks. */
package org.aam.jwt.schema.control;
