/** The credentials callers present and the principal they are known by. */
package org.aam.jwt.authentication.entity;
