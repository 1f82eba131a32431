package org.scokg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --db DIR}: the TDB2 database a command reads or writes. */
final class DatabaseOption {
    static final String DEFAULT = "run/tdb2";

    @Option(names = "--db", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "the TDB2 database (default: ${DEFAULT-VALUE})")
    Path directory;

    /** The message for a database that is not there yet, with the command that makes it. */
    String missing(String command) {
        return command + ": no database at " + directory + "; load articles first: sco load --db " + directory + " data/articles";
    }
}
