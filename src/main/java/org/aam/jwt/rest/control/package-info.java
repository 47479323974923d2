/** JSON and WordPress request conventions without HTTP types: how parameters are merged and coerced. */
package org.aam.jwt.rest.control;
