/** The WordPress REST error type shared by every component. */
package org.aam.jwt.wordpress.entity;
