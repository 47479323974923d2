package org.aam.jwt.tokens.control;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an instance remembers to save work at each request, with its memory bounded: beyond its capacity it starts
 * again empty. That costs a burst of recomputation once in a while, and keeps reads lock-free (no eviction order to
 * maintain).
 */
final class BoundedMemo<K, V> {

    private final int capacity;
    private final Map<K, V> entries = new ConcurrentHashMap<>();

    BoundedMemo(int capacity) {
        this.capacity = capacity;
    }

    /** @return the value remembered for the key, or null */
    V get(K key) {
        return entries.get(key);
    }

    void put(K key, V value) {
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(key, value);
    }

    int size() {
        return entries.size();
    }
}
