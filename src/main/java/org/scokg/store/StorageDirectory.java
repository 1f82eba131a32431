package org.scokg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.NoSuchFileException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.SystemTDB;

/**
 * A TDB2 database directory: its storage is in generations {@code Data-0001}, {@code Data-0002}...,
 * the newest being the database (as TDB2's compaction leaves them).
 */
final class StorageDirectory {
    private static final Pattern GENERATION = Pattern.compile(
            Pattern.quote(DatabaseOps.dbNameBase + DatabaseOps.SEP) + "(\\d+)");
    private final Path directory;

    StorageDirectory(Path directory) {
        this.directory = directory;
    }

    /** The newest generation. */
    Path current() {
        Path current = DatabaseOps.findStorageLocation(directory);
        if (current == null) {
            throw new DatabaseException("the database " + directory + " has no storage (no " + DatabaseOps.dbNameBase
                    + "-NNNN directory); it is not a TDB2 database");
        }
        return current;
    }

    /** Moves {@code storage}, a generation of another database on the same file system, here as the newest generation, by one rename. */
    void adopt(Path storage) {
        int next = generations().stream().mapToInt(StorageDirectory::number).max().orElse(0) + 1;
        Path target = directory.resolve(String.format(Locale.ROOT, "%s%s%04d", DatabaseOps.dbNameBase, DatabaseOps.SEP, next));
        try {
            Files.move(storage, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DatabaseException("cannot move the new database into " + directory + " (" + e
                    + "); the database there is unchanged", e);
        }
    }

    /** Deletes every generation but the newest: the database no longer reads them. */
    void deleteOldGenerations() {
        Path current = current();
        generations().stream().filter(g -> !g.equals(current)).forEach(StorageDirectory::delete);
    }

    private List<Path> generations() {
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(p -> Files.isDirectory(p) && GENERATION.matcher(p.getFileName().toString()).matches()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private static int number(Path generation) {
        Matcher m = GENERATION.matcher(generation.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * Bytes the database in {@code directory} uses on disk. TDB2 grows a B+tree's files 8 MiB at a time
     * and leaves the rest a hole, so their length says little: their used blocks are the limits their
     * state file ({@code .bpt}: root, node block limit, record block limit) records. Other files count by length.
     */
    static long bytes(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(StorageDirectory::used).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + directory, e);
        }
    }

    private static long used(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String kind = dot < 0 ? "" : name.substring(dot + 1);
        Path state = file.resolveSibling(name.substring(0, Math.max(0, dot)) + ".bpt");
        try {
            if ((kind.equals("idn") || kind.equals("dat")) && Files.exists(state) && Files.size(state) == 3 * Long.BYTES) {
                ByteBuffer limits = ByteBuffer.wrap(Files.readAllBytes(state));
                return (kind.equals("idn") ? limits.getLong(Long.BYTES) : limits.getLong(2 * Long.BYTES)) * SystemTDB.BlockSize;
            }
            return Files.size(file);
        } catch (NoSuchFileException e) {
            return 0; // deleted while counted: a compaction removing an old generation
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + file, e);
        }
    }

    /** Deletes {@code path} and everything under it, if it is there. */
    static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
