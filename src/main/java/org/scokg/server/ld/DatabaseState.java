package org.scokg.server.ld;

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
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The state of the database that validators and cached page data are made from: a fingerprint of
 * its content and the time it last changed, found without reading the data.
 *
 * <p>For a TDB2 database on disk the fingerprint is a hash of the database's small state files
 * (each index's {@code .bpt} and each object file's {@code .bdf}: the root and the length of every
 * B+tree and data file, which every committed change moves, since TDB2 only appends) with the names
 * of all its files (a compaction makes a new {@code Data-NNNN}). It is the same after a restart over
 * the same database, so ETags survive restarts and never outlive the data. It is looked at again
 * only when the transaction coordinator has seen a write begin or end since the last look (or is a
 * new coordinator, after a compaction): a few dozen tiny files, not a scan of the quads.
 *
 * <p>Any other dataset (in memory, or TDB2 in memory) is taken to be read-only, as this server serves
 * it: its fingerprint is fixed for the life of this object.
 */
public final class DatabaseState {
    /** The state at one moment. */
    public record Snapshot(String fingerprint, Instant lastModified) {}

    /** What a write changes, in this process: which coordinator, writes begun, and whether one is under way. */
    private record WriteCount(TransactionCoordinator coordinator, long begun, long active) {}

    private final DatasetGraph dataset;
    private final Clock clock;
    private Snapshot snapshot;
    private WriteCount seen;
    private long looks;

    public DatabaseState(DatasetGraph dataset, Clock clock) {
        this.dataset = dataset;
        this.clock = clock;
    }

    public synchronized Snapshot current() {
        WriteCount now = writeCount();
        if (snapshot == null || !now.equals(seen)) {
            seen = now;
            snapshot = look();
            looks++;
        }
        return snapshot;
    }

    /** How many times the database was looked at: once, and once more after each write. */
    synchronized long looks() {
        return looks;
    }

    /** A strong validator for one representation: the database state plus what selects the representation. */
    public String etag(String variant) {
        return "\"" + sha256(current().fingerprint() + "|" + variant).substring(0, 32) + "\"";
    }

    private WriteCount writeCount() {
        DatasetGraph dsg = storage(dataset);
        if (!TDBInternal.isTDB2(dsg)) {
            return new WriteCount(null, 0, 0);
        }
        TransactionCoordinator txn = TDBInternal.getTransactionCoordinator(dsg);
        return new WriteCount(txn, txn.countBeginWrite(), txn.countActiveWriter());
    }

    private Snapshot look() {
        Path directory = directory();
        if (directory == null) {
            return new Snapshot(sha256("in memory " + UUID.randomUUID()), Instant.ofEpochSecond(clock.instant().getEpochSecond()));
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            List<Path> files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("tdb.lock"))
                    .sorted().toList();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long newest = 0;
            for (Path file : files) {
                String name = directory.relativize(file).toString();
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                if (name.endsWith(".bpt") || name.endsWith(".bdf")) {
                    digest.update(Files.readAllBytes(file));
                }
                newest = Math.max(newest, Files.getLastModifiedTime(file).toMillis());
            }
            Instant modified = newest > 0 ? Instant.ofEpochSecond(newest / 1000) : Instant.ofEpochSecond(clock.instant().getEpochSecond());
            return new Snapshot(HexFormat.of().formatHex(digest.digest()), modified);
        } catch (IOException | UncheckedIOException e) {
            // The files moved under us (a compaction): a fingerprint of this moment is still correct, only not stable.
            return new Snapshot(sha256("unreadable " + UUID.randomUUID()), Instant.ofEpochSecond(clock.instant().getEpochSecond()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The dataset under Fuseki's and ARQ's wrappers: a TDB2 database's switchable container, or the dataset itself. */
    static DatasetGraph storage(DatasetGraph dataset) {
        DatasetGraph dsg = dataset;
        while (dsg instanceof DatasetGraphWrapper wrapper && !(dsg instanceof DatasetGraphSwitchable)) {
            dsg = wrapper.getWrapped();
        }
        return dsg;
    }

    private Path directory() {
        DatasetGraph dsg = storage(dataset);
        if (dsg instanceof DatasetGraphSwitchable switchable) {
            Location location = switchable.getLocation();
            if (location != null && !location.isMem()) {
                return Path.of(location.getDirectoryPath());
            }
        }
        return null;
    }

    public static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
