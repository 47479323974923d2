/** Users, their rights (WordPress roles and AAM capabilities) and status. */
package org.aam.jwt.users.entity;
