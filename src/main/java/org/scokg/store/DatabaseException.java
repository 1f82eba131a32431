package org.scokg.store;

/** The database cannot be used as asked; the message names it, says why and what to do. */
public class DatabaseException extends RuntimeException {
    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
