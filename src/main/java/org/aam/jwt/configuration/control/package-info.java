/** Configuration without HTTP: where each key is read from, the data folder, the configured database. */
package org.aam.jwt.configuration.control;
