/** Password hashing. */
package org.aam.jwt.users.control;
