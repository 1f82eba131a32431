package org.scokg.server.reconcile;

/** A request the reconciliation service cannot answer: the HTTP status and the reason the client is told. */
final class RefusedRequest extends Exception {
    private final int status;

    RefusedRequest(int status, String reason) {
        super(reason);
        this.status = status;
    }

    int status() {
        return status;
    }
}
