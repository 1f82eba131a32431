package org.scokg.article.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.scokg.article.ArticleMetadata;
import org.scokg.article.MetadataValues;

/**
 * The articles in a web archive (WARC 1.0 or 1.1, gzipped or not, as news crawls write them): each
 * successful HTTP response with an HTML page is a saved page, its address the page's canonical one
 * or else the record's target URI, its retrieval date the record's capture date. Requests, metadata,
 * redirects and non-HTML responses are not articles and are passed over. A record that cannot be
 * parsed is reported with its number and offset, and reading goes on at the next record.
 */
public final class WarcArticles {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private WarcArticles() {}

    /** @param maxBytes the largest page read; a larger one is a broken record */
    public static void read(Path file, long maxBytes, RecordSink sink) throws IOException {
        try (FileChannel channel = FileChannel.open(file); WarcReader reader = new WarcReader(channel)) {
            int number = 0;
            while (true) {
                number++;
                Optional<WarcRecord> record;
                try {
                    record = reader.next();
                } catch (IOException | RuntimeException e) {
                    // the reader's position is the start of the record it tried
                    long offset = reader.position();
                    sink.broken(position(number, offset), "is not a WARC record (" + reason(e) + ")");
                    long next = RecordStart.after(channel, offset, reader.compression());
                    if (next < 0) {
                        return;
                    }
                    reader.position(next);
                    continue;
                }
                if (record.isEmpty()) {
                    return;
                }
                String position = position(number, reader.position());
                if (record.get() instanceof WarcResponse response) {
                    try {
                        page(response, position, maxBytes, sink);
                    } catch (IOException | RuntimeException e) {
                        sink.broken(position, "its HTTP response cannot be read (" + reason(e) + ")");
                    }
                }
            }
        }
    }

    private static void page(WarcResponse response, String position, long maxBytes, RecordSink sink) throws IOException {
        HttpResponse http = response.http();
        MediaType type = http.contentType();
        if (http.status() / 100 != 2 || type == null || !HTML_TYPES.contains(type.base().toString())) {
            return;
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (body.length > maxBytes) {
            sink.broken(position, String.format("its page has more than the %,d bytes an article may have; "
                    + "if it really is one article, load it with a larger --max-size", maxBytes));
            return;
        }
        String target = response.target();
        SourceText page = HtmlPage.read(new ByteArrayInputStream(body), charset(type), target);
        ArticleMetadata capture = new ArticleMetadata.Builder()
                .url(MetadataValues.url(target).orElse(null))
                .retrieved(response.date().atZone(ZoneOffset.UTC).toLocalDate())
                .build();
        // the page's own address (its canonical one) where it names it, else the address it was captured from
        ArticleMetadata metadata = page.metadata().orElse(capture);
        sink.article(new SourceText(position, page.text(), metadata));
    }

    /** The charset the server declared, if Java knows it; else the page's own declaration decides. */
    private static String charset(MediaType type) {
        String declared = type.parameters().get("charset");
        try {
            return declared != null && Charset.isSupported(declared) ? declared : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    private static String position(int number, long offset) {
        return "record " + number + " at offset " + offset;
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }
}
