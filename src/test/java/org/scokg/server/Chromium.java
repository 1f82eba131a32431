package org.scokg.server;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium (Debian's {@code chromium} package) for the browser tests. Where it is missing the
 * tests are skipped, saying so and how to install it; {@code .ci/run} installs it, so CI runs them.
 */
final class Chromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");

    private final Path binary;
    private final Path profile;

    private Chromium(Path binary, Path profile) {
        this.binary = binary;
        this.profile = profile;
    }

    static Chromium requireInstalled() throws IOException {
        assumeTrue(Files.isExecutable(BINARY), "The browser tests are skipped: they need Chromium at " + BINARY
                + " (Debian package 'chromium': apt-get install -y --no-install-recommends chromium; .ci/run installs it)");
        return new Chromium(BINARY, Files.createTempDirectory("sco-chromium"));
    }

    /** The DOM after the page has loaded and its scripts have run for a while: what a person sees. */
    String dumpDom(String url, String... extraFlags) throws IOException, InterruptedException {
        List<String> command = command(extraFlags);
        command.add("--virtual-time-budget=5000");
        command.add("--dump-dom");
        command.add(url);
        return execute(command);
    }

    void screenshot(String url, Path file, String... extraFlags) throws IOException, InterruptedException {
        Files.createDirectories(file.getParent());
        List<String> command = command(extraFlags);
        command.add("--hide-scrollbars");
        command.add("--window-size=1280,2000");
        command.add("--screenshot=" + file.toAbsolutePath());
        command.add(url);
        execute(command);
        if (!Files.isRegularFile(file) || Files.size(file) < 10_000) {
            fail("Chromium made no screenshot of " + url + " at " + file);
        }
    }

    private List<String> command(String... extraFlags) {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
        command.addAll(List.of(extraFlags));
        return command;
    }

    private static String execute(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("chromium", ".out");
        Path err = Files.createTempFile("chromium", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("Chromium did not finish in 120 s: " + String.join(" ", command));
            }
            String dom = Files.readString(out, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                fail("Chromium failed (" + process.exitValue() + "): " + String.join(" ", command) + "\n" + Files.readString(err));
            }
            return dom;
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The text of a DOM as a reader sees it: no scripts or styles, no tags, entities read, spaces collapsed. */
    static String visibleText(String dom) {
        String text = dom.replaceAll("(?is)<(script|style|head)\\b.*?</\\1>", " ")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return text.replaceAll("\\s+", " ").trim();
    }
}
