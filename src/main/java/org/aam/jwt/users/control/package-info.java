/** Password hashing and the rights rule (who may manage whose tokens), without HTTP types. */
package org.aam.jwt.users.control;
