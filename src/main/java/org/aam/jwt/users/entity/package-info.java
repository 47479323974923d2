/** Users, their rights (WordPress roles and AAM capabilities) and status, and why a request's credentials were refused. */
package org.aam.jwt.users.entity;
