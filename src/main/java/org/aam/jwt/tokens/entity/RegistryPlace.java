package org.aam.jwt.tokens.entity;

/** Where a registered token stands in its owner's registry: read to trim the registry without reading tokens. */
public record RegistryPlace(String id, long listOrder) {
}
