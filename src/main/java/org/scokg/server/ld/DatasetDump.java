package org.scokg.server.ld;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The whole dataset as gzipped N-Quads, written once per database state to a file in a directory of
 * its own (made at the first dump), streamed from the database in one read transaction (never built in memory), and served
 * from the file. The file of the state before is kept until the next one is written, so a download
 * under way when the data changes still completes.
 */
public final class DatasetDump {
    /** A dump written: where, how long, and when, to second precision as HTTP dates have it. */
    public record Written(Path file, long size, Instant when) {}

    private final DatasetGraph dataset;
    private final Path directory;

    DatasetDump(DatasetGraph dataset, Path directory) {
        this.dataset = dataset;
        this.directory = directory;
    }

    /** Writes the dump of the database as it is now, and removes those before the previous one. */
    Written write() {
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory);
                directory.toFile().deleteOnExit(); // after its files, which are registered later
            }
            Path partial = Files.createTempFile(directory, "sco-", ".nq.gz.part");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                Txn.executeRead(dataset, () -> {
                    StreamRDF stream = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
                    stream.start();
                    dataset.find().forEachRemaining(stream::quad);
                    stream.finish();
                });
            }
            Path done = directory.resolve(partial.getFileName().toString().replace(".part", ""));
            Files.move(partial, done);
            // A server stopped by a signal never calls close(): the files go when the JVM exits.
            done.toFile().deleteOnExit();
            removeOlderThanPrevious(done);
            return new Written(done, Files.size(done), Instant.ofEpochSecond(Files.getLastModifiedTime(done).toInstant().getEpochSecond()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dump to " + directory + ": " + e.getMessage(), e);
        }
    }

    private void removeOlderThanPrevious(Path newest) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(p -> !p.equals(newest) && p.toString().endsWith(".nq.gz"))
                    .sorted((a, b) -> Long.compare(b.toFile().lastModified(), a.toFile().lastModified()))
                    .skip(1)
                    .forEach(p -> p.toFile().delete());
        }
    }

    /** Removes every file this dump wrote, and its directory. */
    void delete() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            files.forEach(p -> p.toFile().delete());
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            // a temporary directory left behind is no reason to fail a shutdown
        }
    }
}
