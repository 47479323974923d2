/** The identity stores and the rights rules, without HTTP types. */
package org.aam.jwt.authentication.control;
