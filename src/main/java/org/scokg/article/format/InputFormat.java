package org.scokg.article.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The kinds of file {@code sco load} reads, told apart by their first bytes; the file name does not
 * decide (a page saved as {@code .txt} is a page). What matches none of them is read as text, where
 * the text checks refuse what is no article (binary, XML, a JSON document).
 */
public enum InputFormat {
    /** An article's text, with an optional metadata header. */
    TEXT,
    /** A page saved from a news site. */
    HTML,
    /** A web archive, gzipped (one member per record, as crawls write them) or not. */
    WARC,
    /** One JSON object per line, one article each. */
    JSON_LINES;

    /** How much of a file is looked at to tell its format. */
    static final int SNIFF_BYTES = 4096;
    private static final byte[] GZIP_MAGIC = {(byte) 0x1f, (byte) 0x8b};
    private static final String WARC_MAGIC = "WARC/1.";
    private static final Pattern HTML_START = Pattern.compile(
            "^(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*(?:<!doctype\\s+html|<html[\\s>])", Pattern.DOTALL);
    private static final Pattern JSON_LINE = Pattern.compile("^\\{.*\\}$");

    public static InputFormat of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        if (startsWith(head, GZIP_MAGIC)) {
            // a gzipped WARC is one; any other compressed file is refused as binary by the text checks
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                return startsWith(in.readNBytes(WARC_MAGIC.length()), WARC_MAGIC.getBytes(StandardCharsets.US_ASCII))
                        ? WARC : TEXT;
            } catch (IOException notGzip) {
                return TEXT;
            }
        }
        return of(head);
    }

    /** The format of a file starting with {@code head}. */
    static InputFormat of(byte[] head) {
        if (startsWith(head, WARC_MAGIC.getBytes(StandardCharsets.US_ASCII))) {
            return WARC;
        }
        String start = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        if (HTML_START.matcher(start.toLowerCase(Locale.ROOT)).find()) {
            return HTML;
        }
        int firstLineEnd = start.indexOf('\n');
        String firstLine = (firstLineEnd < 0 ? start : start.substring(0, firstLineEnd)).strip();
        // a first line longer than the bytes looked at is only seen to begin as an object does;
        // a JSON document over several lines starts with a lone brace and stays text (refused there)
        boolean wholeLineSeen = firstLineEnd >= 0 || head.length < SNIFF_BYTES;
        boolean object = wholeLineSeen ? JSON_LINE.matcher(firstLine).matches() : firstLine.startsWith("{\"");
        return object ? JSON_LINES : TEXT;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
