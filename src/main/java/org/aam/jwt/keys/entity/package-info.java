/** Signing algorithms, keys as values, and the registry of keys that every instance shares. */
package org.aam.jwt.keys.entity;
