package org.scokg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Jena's own bulk loader, {@code tdb2.tdbloader} (jena-cmds), in a JVM of its own with this one's class path
 * and heap, so that the comparison with the project's loader shares nothing with the measuring JVM.
 */
final class TdbLoaderRun {
    private static final String MAIN = "tdb2.tdbloader";

    private TdbLoaderRun() {}

    /** Loads {@code nquads} into a fresh database at {@code location}; returns the seconds it took, JVM start included. */
    static double load(Path nquads, Path location, Path log) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m",
                "-cp", System.getProperty("java.class.path"), MAIN, "--loc", location.toString(), nquads.toString());
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            throw new IOException(MAIN + " exited with " + exit + "; the end of its log (" + log + "):\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
        }
        return seconds;
    }
}
