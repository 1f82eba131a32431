package org.scokg.article.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** A web archive written with jwarc's writer for a test, with a broken record where the test wants one. */
public final class TestArchive {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final WarcCompression compression;
    private final WarcWriter writer;
    /** The offset each record starts at, in the order written. */
    public final List<Long> offsets = new ArrayList<>();

    public TestArchive(boolean gzip) {
        this.compression = gzip ? WarcCompression.GZIP : WarcCompression.NONE;
        try {
            this.writer = new WarcWriter(java.nio.channels.Channels.newChannel(bytes), compression);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestArchive info() throws IOException {
        offsets.add((long) bytes.size());
        writer.write(new Warcinfo.Builder().fields(java.util.Map.of("software", List.of("sco-kg test"))).build());
        return this;
    }

    public TestArchive request(String target) throws IOException {
        offsets.add((long) bytes.size());
        writer.write(new WarcRequest.Builder(URI.create(target))
                .body(new HttpRequest.Builder("GET", URI.create(target).getPath()).build()).build());
        return this;
    }

    public TestArchive response(String target, Instant date, String contentType, String body) throws IOException {
        offsets.add((long) bytes.size());
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse(contentType), body.getBytes(StandardCharsets.UTF_8)).build();
        writer.write(new WarcResponse.Builder(URI.create(target)).date(date).body(http).build());
        return this;
    }

    /** A record whose header is not a WARC header, compressed on its own like the others. */
    public TestArchive broken() throws IOException {
        offsets.add((long) bytes.size());
        byte[] record = "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: twelve\r\n\r\nnot a record\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        if (compression == WarcCompression.GZIP) {
            try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
                gzip.write(record);
            }
        } else {
            bytes.write(record);
        }
        return this;
    }

    public byte[] bytes() {
        return bytes.toByteArray();
    }
}
