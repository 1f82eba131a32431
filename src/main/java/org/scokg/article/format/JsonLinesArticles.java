package org.scokg.article.format;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.scokg.article.ArticleMetadata;
import org.scokg.article.MetadataValues;

/**
 * Articles as scrapers and news APIs export them: UTF-8, one JSON object a line, blank lines allowed.
 * The fields read are {@code url}, {@code title}, {@code outlet}, {@code published} (or {@code date},
 * {@code datePublished}), {@code retrieved}, {@code language} and {@code text} (or {@code content},
 * {@code body}); other fields are passed over. A text written as HTML is read for its paragraphs.
 * A line that is not such an object, or whose field has a value its field cannot take, is reported
 * with its number, and reading goes on at the next line.
 */
public final class JsonLinesArticles {
    private static final List<String> TEXT = List.of("text", "content", "body");
    private static final List<String> PUBLISHED = List.of("published", "date", "datePublished");
    private static final Pattern MARKUP = Pattern.compile("<(p|br|div)[\\s/>]", Pattern.CASE_INSENSITIVE);

    private JsonLinesArticles() {}

    /** @param maxBytes the longest line read; a longer one is a broken record */
    public static void read(Path file, long maxBytes, RecordSink sink) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            int number = 0;
            while (true) {
                number++;
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                int c;
                boolean tooLong = false;
                while ((c = in.read()) >= 0 && c != '\n') {
                    if (line.size() < maxBytes) {
                        line.write(c);
                    } else {
                        tooLong = true;
                    }
                }
                if (c < 0 && line.size() == 0) {
                    return;
                }
                String position = "line " + number;
                if (tooLong) {
                    sink.broken(position, String.format("is longer than the %,d bytes an article may have; "
                            + "if it really is one article, load it with a larger --max-size", maxBytes));
                } else {
                    record(line.toByteArray(), position, sink);
                }
                if (c < 0) {
                    return;
                }
            }
        }
    }

    private static void record(byte[] bytes, String position, RecordSink sink) {
        String line;
        try {
            line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString().replaceFirst("^\uFEFF", "").strip();
        } catch (CharacterCodingException e) {
            sink.broken(position, "is not valid UTF-8");
            return;
        }
        if (line.isEmpty()) {
            return;
        }
        JsonObject object;
        try {
            JsonValue value = JSON.parseAny(line);
            if (!value.isObject()) {
                sink.broken(position, "is JSON but not an object {...}");
                return;
            }
            object = value.getAsObject();
        } catch (RuntimeException e) {
            // Jena's JSON parser reports bad input by several unchecked exceptions
            sink.broken(position, "is not a JSON object (" + firstLine(e.getMessage()) + ")");
            return;
        }
        try {
            ArticleMetadata.Builder metadata = new ArticleMetadata.Builder();
            field(object, List.of("url"), MetadataValues::url, "an absolute http(s) address").ifPresent(metadata::url);
            field(object, List.of("title"), MetadataValues::name, "a one-line headline").ifPresent(metadata::title);
            field(object, List.of("outlet"), MetadataValues::name, "a one-line name").ifPresent(metadata::outlet);
            field(object, PUBLISHED, MetadataValues::date, "a date such as 2024-07-04").ifPresent(metadata::published);
            field(object, List.of("retrieved"), MetadataValues::date, "a date such as 2024-07-04").ifPresent(metadata::retrieved);
            field(object, List.of("language"), MetadataValues::language, "a language tag such as id").ifPresent(metadata::language);
            Optional<String> text = field(object, TEXT, Optional::of, "a string");
            if (text.isEmpty()) {
                sink.broken(position, "has no article text (a field text, content or body)");
                return;
            }
            String paragraphs = MARKUP.matcher(text.get()).find() ? ArticleBodyText.ofFragment(text.get()).orElse("") : text.get();
            sink.article(new SourceText(position, paragraphs, metadata.build()));
        } catch (IllegalArgumentException e) {
            sink.broken(position, e.getMessage());
        }
    }

    /**
     * The first of {@code names} the object has, checked; null counts as absent.
     *
     * @throws IllegalArgumentException when the value is not a string or not what the field needs
     */
    private static <T> Optional<T> field(JsonObject object, List<String> names, Function<String, Optional<T>> parse,
                                         String expected) {
        for (String name : names) {
            JsonValue value = object.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            Optional<T> parsed = value.isString() ? parse.apply(value.getAsString().value()) : Optional.empty();
            if (parsed.isEmpty()) {
                String shown = JSON.toStringFlat(value);
                throw new IllegalArgumentException("gives '" + name + "' the value "
                        + (shown.length() <= 80 ? shown : shown.substring(0, 77) + "...") + ", which is not " + expected);
            }
            return parsed;
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        return message == null ? "a syntax error" : message.lines().findFirst().orElse("a syntax error");
    }
}
