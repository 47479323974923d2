/** The credentials callers present and why they may be refused. */
package org.aam.jwt.authentication.entity;
