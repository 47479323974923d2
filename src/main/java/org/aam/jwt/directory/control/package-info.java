/**
 * Reading the company directory over LDAP with the JDK's own JNDI provider ({@code javax.naming.ldap}): finding a
 * user by login name or by immutable id, checking a password by binding as the user, reading the user's groups.
 * Jakarta Security's {@code LdapIdentityStore} was not enough: it gives neither the entry's immutable id (the key of
 * a directory user's record) nor a way to look a user up without a password (the background check of who left).
 * The service never writes to the directory.
 */
package org.aam.jwt.directory.control;
