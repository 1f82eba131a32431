package org.scokg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The state of the database that validators are made from: a fingerprint of its content and the
 * time it last changed.
 *
 * <p>The fingerprint is a hash over every quad, independent of their order, so it is the same after
 * a restart over the same data and changes with any triple; ETags built from it survive restarts
 * and never outlive the data. Computing it reads the whole database once, so it is kept until a
 * write transaction begins on a TDB2 database (the coordinator's write counter, or a new coordinator
 * after a compaction); another kind of dataset is taken to be read-only, as this server serves it.
 * The Last-Modified time is that of the newest file of a TDB2 database, else when the fingerprint was taken.
 */
public final class DatabaseState {
    /** The state at one moment. */
    public record Snapshot(String fingerprint, Instant lastModified, long triples) {}

    private final DatasetGraph dataset;
    private final Clock clock;
    private Snapshot snapshot;
    private Object coordinator;
    private long writes = -1;

    public DatabaseState(DatasetGraph dataset, Clock clock) {
        this.dataset = dataset;
        this.clock = clock;
    }

    public synchronized Snapshot current() {
        TransactionCoordinator txn = coordinator();
        long writesNow = txn == null ? 0 : txn.countBeginWrite();
        if (snapshot == null || txn != coordinator || writesNow != writes) {
            coordinator = txn;
            writes = writesNow;
            snapshot = compute();
        }
        return snapshot;
    }

    /** A strong validator for one representation: the database state plus what selects the representation. */
    public String etag(String variant) {
        return "\"" + sha256(current().fingerprint() + "|" + variant).substring(0, 32) + "\"";
    }

    private Snapshot compute() {
        long[] acc = new long[3];
        Txn.executeRead(dataset, () -> {
            try (Stream<Quad> quads = dataset.stream()) {
                quads.forEach(q -> {
                    long h = hash64(NodeFmtLib.strNT(q.getGraph()) + ' ' + NodeFmtLib.strNT(q.getSubject()) + ' '
                            + NodeFmtLib.strNT(q.getPredicate()) + ' ' + NodeFmtLib.strNT(q.getObject()));
                    acc[0] += h;
                    acc[1] ^= Long.rotateLeft(h, 17) * 0x9E3779B97F4A7C15L;
                    acc[2]++;
                });
            }
        });
        String fingerprint = sha256(acc[0] + ":" + acc[1] + ":" + acc[2]);
        return new Snapshot(fingerprint, lastModified(), acc[2]);
    }

    private Instant lastModified() {
        Path directory = directory();
        if (directory != null) {
            try (Stream<Path> files = Files.walk(directory)) {
                long newest = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().lastModified()).max().orElse(0);
                if (newest > 0) {
                    return Instant.ofEpochSecond(newest / 1000);
                }
            } catch (IOException | UncheckedIOException e) {
                // fall through: the time of this look is still a correct, if early, answer
            }
        }
        return Instant.ofEpochSecond(clock.instant().getEpochSecond());
    }

    private DatasetGraph unwrapped() {
        DatasetGraph dsg = dataset;
        while (dsg instanceof DatasetGraphWrapper wrapper && !(dsg instanceof DatasetGraphSwitchable)) {
            dsg = wrapper.getWrapped();
        }
        return dsg;
    }

    private TransactionCoordinator coordinator() {
        DatasetGraph dsg = unwrapped();
        return TDBInternal.isTDB2(dsg) ? TDBInternal.getTransactionCoordinator(dsg) : null;
    }

    private Path directory() {
        DatasetGraph dsg = unwrapped();
        if (dsg instanceof DatasetGraphSwitchable switchable) {
            Location location = switchable.getLocation();
            if (location != null && !location.isMem()) {
                return Path.of(location.getDirectoryPath());
            }
        }
        return null;
    }

    /** FNV-1a, 64 bits, over the UTF-8 bytes: stable across runs, unlike String.hashCode spread over 32 bits. */
    private static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return h;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
