package org.scokg.server.ld;

import java.util.function.Supplier;

/** A value computed from the database, kept until the database changes (its fingerprint with it). */
final class StateCache<T> {
    private String fingerprint;
    private T value;

    synchronized T get(String currentFingerprint, Supplier<T> compute) {
        if (value == null || !currentFingerprint.equals(fingerprint)) {
            value = compute.get();
            fingerprint = currentFingerprint;
        }
        return value;
    }
}
