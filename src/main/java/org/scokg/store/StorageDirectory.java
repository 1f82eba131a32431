package org.scokg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    /** Bytes in the files under {@code directory}, as their sizes say (TDB2 grows its files ahead of use). */
    static long bytes(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(StorageDirectory::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + directory, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
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
