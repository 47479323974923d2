/** The error type shared by every component, in WordPress's REST error shape. */
package org.aam.jwt.rest.entity;
