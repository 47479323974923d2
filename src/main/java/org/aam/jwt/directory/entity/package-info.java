/** What the directory says about a user. */
package org.aam.jwt.directory.entity;
