/** The identity stores and the same-origin rule, without HTTP types. */
package org.aam.jwt.authentication.control;
