package org.scokg.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * Reads an ANTARA-style article file, its metadata header ({@link TextHeader}) apart, into an
 * {@link Article}; the text of other formats comes through here too. Refuses, with the file name and
 * the reason, anything that is not an article: empty, too large, binary, UTF-16, invalid UTF-8,
 * markup (HTML, XML) or JSON, a paragraph too long to be one, or no body.
 *
 * <p>The content hash, the article's identity, is taken over the text as normalised here: UTF-8,
 * NFC, LF line ends, no byte-order mark or zero-width characters, and without leading or trailing
 * white space, so that saving the same article again in another editor does not make it another one.
 */
public final class ArticleReader {
    private static final String PARAGRAPH_SEPARATOR = "\n\n";
    /** The largest file read by default: a news article is a few kilobytes. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;
    /**
     * The longest paragraph read: an ANTARA paragraph is a few hundred characters, a whole article
     * on one line a few thousand; a longer line is not prose (a data dump, minified markup).
     */
    public static final int MAX_PARAGRAPH_CHARS = 50_000;
    /** The marks of a whole page or document; a stray tag in an article's text is only text. */
    private static final Pattern MARKUP = Pattern.compile("<!doctype\\s|<html[\\s>]|<head[\\s>]|<body[\\s>]|<\\?xml\\s",
            Pattern.CASE_INSENSITIVE);

    private final SentenceSplitter splitter;
    private final ArticleLayout layout = ArticleLayout.standard();
    private final long maxBytes;

    /** @param abbreviations lower-case words after which a full stop does not end a sentence */
    public ArticleReader(Set<String> abbreviations) {
        this(abbreviations, DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest file read; a larger one is refused before it is read */
    public ArticleReader(Set<String> abbreviations, long maxBytes) {
        this.splitter = new SentenceSplitter(abbreviations);
        this.maxBytes = maxBytes;
    }

    public Article read(Path file) throws ArticleRejectedException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            // Checked before reading, so that a huge file is refused at once rather than read and extracted.
            checkSize(name, Files.size(file));
            bytes = Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new ArticleRejectedException(name, "cannot be read (" + e + "); check that it exists and is readable");
        }
        return read(name, bytes);
    }

    public Article read(String name, byte[] bytes) throws ArticleRejectedException {
        if (bytes.length == 0) {
            throw new ArticleRejectedException(name, "the file is empty");
        }
        checkSize(name, bytes.length);
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new ArticleRejectedException(name, "the file is UTF-16 text; save it as UTF-8 and load it again");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new ArticleRejectedException(name,
                        "the file is binary (it contains NUL bytes), not an article text; if it is UTF-16 text, save it as UTF-8");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ArticleRejectedException(name, "the file is not valid UTF-8; save it as UTF-8 and load it again");
        }
        TextHeader.Split header = TextHeader.split(name, normalise(text));
        return readText(name, header.text(), header.metadata());
    }

    /**
     * Reads an article's text taken from a saved page, an archive record or a scraper's record, with
     * what that source says of it: the same checks and parsing as a text file's.
     */
    public Article read(String name, String text, ArticleMetadata metadata) throws ArticleRejectedException {
        checkSize(name, text.getBytes(StandardCharsets.UTF_8).length);
        return readText(name, normalise(text), metadata);
    }

    private Article readText(String name, String text, ArticleMetadata metadata) throws ArticleRejectedException {
        String body = text.strip();
        checkIsProse(name, body);
        return parse(name, body, metadata);
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC)
                .replaceAll("[\uFEFF\u200B\u200C\u200D\u2060]", "")
                .replaceAll("[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]", " ")
                .strip();
    }

    /** Refuses an article of {@code size} bytes when it is larger than this reader's bound, before it is read. */
    public void checkSize(String name, long size) throws ArticleRejectedException {
        if (size > maxBytes) {
            throw new ArticleRejectedException(name, String.format(
                    "the file has %,d bytes, more than the %,d an article may have; if it really is one article, "
                            + "load it with a larger --max-size", size, maxBytes));
        }
    }

    /** Refuses text that is a page, a document format or data rather than an article's text. */
    private static void checkIsProse(String name, String text) throws ArticleRejectedException {
        if (text.startsWith("<") || MARKUP.matcher(text).find()) {
            throw new ArticleRejectedException(name, "the file is HTML or XML markup, not an article text "
                    + "(a saved page is read when it starts with <!doctype html> or <html>): "
                    + "save the article's text as a plain .txt file");
        }
        if ((text.startsWith("{") && text.endsWith("}")) || (text.startsWith("[") && text.endsWith("]"))) {
            throw new ArticleRejectedException(name, "the file is JSON, not an article text: save the article's text as a plain .txt file");
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - lineStart > MAX_PARAGRAPH_CHARS) {
                    throw new ArticleRejectedException(name, String.format(
                            "line %,d has %,d characters, more than the %,d a paragraph may have; "
                                    + "break the text into paragraphs (one per line)", line, i - lineStart, MAX_PARAGRAPH_CHARS));
                }
                line++;
                lineStart = i + 1;
            }
        }
    }

    /** @param metadata what the source says of the article; a date line of the text completes it */
    private Article parse(String name, String text, ArticleMetadata metadata) throws ArticleRejectedException {
        ArticleLayout.Parts parts = layout.read(text);
        List<String> paragraphs = parts.paragraphs();
        if (paragraphs.stream().noneMatch(p -> p.chars().filter(Character::isLetter).count() >= 20)) {
            throw new ArticleRejectedException(name, "no article body was found (no paragraph of text)");
        }
        StringBuilder body = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            if (p > 0) {
                body.append(PARAGRAPH_SEPARATOR);
            }
            int offset = body.length();
            body.append(paragraphs.get(p));
            for (int[] span : splitter.split(paragraphs.get(p), offset)) {
                sentences.add(new Sentence(sentences.size(), p, span[0], span[1], body.substring(span[0], span[1])));
            }
        }
        return new Article(name, Sha256.hex(text), body.toString(), paragraphs, List.copyOf(sentences),
                parts.datelinePlace(), parts.outlet(), parts.reporter(), parts.editor(), parts.copyrightYear(),
                parts.relatedHeadlines(), parts.headline(), parts.completing(metadata));
    }
}
