package org.aam.jwt.keys.entity;

/** What the signature of a key is worth to this instance now. */
public enum KeyStatus {
    /** Registered, of the configured algorithm, its material in the data folder, not retired. */
    VERIFIES,
    /** Known, but retired: its tokens stop. */
    RETIRED,
    /**
     * Not registered, of another algorithm than the configured one, or without material here: this service cannot
     * check its signatures, as the verifier of a presented token finds too.
     */
    UNKNOWN
}
