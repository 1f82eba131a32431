package org.scokg.article.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import org.netpreserve.jwarc.WarcCompression;

/**
 * Where the next record of a web archive starts after a broken one: the next gzip member in a
 * gzipped archive (crawlers compress each record on its own), else the next line {@code WARC/1.}.
 */
final class RecordStart {
    private static final byte[] GZIP_MEMBER = {(byte) 0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_LINE = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 64 * 1024;

    private RecordStart() {}

    /** The offset of the first record start after {@code broken}, or -1 when there is none. */
    static long after(FileChannel channel, long broken, WarcCompression compression) throws IOException {
        boolean gzip = compression == WarcCompression.GZIP;
        byte[] mark = gzip ? GZIP_MEMBER : WARC_LINE;
        long found = find(channel, broken + 1, mark);
        // the record starts after the line break the mark begins with
        return found < 0 || gzip ? found : found + 1;
    }

    private static long find(FileChannel channel, long from, byte[] mark) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK + mark.length);
        long position = from;
        while (position < channel.size()) {
            buffer.clear();
            int read = channel.read(buffer, position);
            if (read < mark.length) {
                return -1;
            }
            byte[] bytes = buffer.array();
            for (int i = 0; i + mark.length <= read; i++) {
                if (matches(bytes, i, mark)) {
                    return position + i;
                }
            }
            // the mark may straddle two reads: start the next one just before the end of this one
            position += read - mark.length + 1;
        }
        return -1;
    }

    private static boolean matches(byte[] bytes, int at, byte[] mark) {
        for (int j = 0; j < mark.length; j++) {
            if (bytes[at + j] != mark[j]) {
                return false;
            }
        }
        return true;
    }
}
