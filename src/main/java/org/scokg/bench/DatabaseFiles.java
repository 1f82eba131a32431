package org.scokg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/** A TDB2 database on disk as the benchmark sees it: its size, its quads, compacted. */
final class DatabaseFiles {
    private DatabaseFiles() {}

    /**
     * The bytes its files take on disk, as {@code du -sk} counts them: TDB2 grows its files in steps of megabytes
     * that stay sparse until written, so their apparent size says little. Where there is no {@code du}, the apparent size.
     */
    static long bytes(Path directory) {
        try {
            Process du = new ProcessBuilder("du", "-sk", directory.toString()).redirectErrorStream(true).start();
            String output = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (du.waitFor() == 0 && output.matches("\\d+\\s.*")) {
                return Long.parseLong(output.split("\\s")[0]) * 1024;
            }
        } catch (IOException e) {
            // no du here: the apparent size below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return apparentBytes(directory);
    }

    private static long apparentBytes(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("measuring the size of " + directory, e);
        }
    }

    /** The quads of the database, default graph included. */
    static long quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.find()));
    }

    /** Compacts the database in {@code directory} into a new generation and deletes the old one; leaves it closed. */
    static void compact(Path directory) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(directory.toString());
        try {
            DatabaseMgr.compact(dsg, true);
        } finally {
            release(dsg);
        }
    }

    /** Lets go of a database, so that another connection (or process) can open it afresh. */
    static void release(DatasetGraph dsg) {
        TDBInternal.expel(dsg, true);
    }
}
