package org.scokg.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * Reads an ANTARA-style article file into an {@link Article}. Refuses, with the file name and
 * the reason, anything that is not an article: empty, binary, invalid UTF-8, or without a body.
 */
public final class ArticleReader {
    private static final Pattern DATELINE =
            Pattern.compile("^\\s*([\\p{L}][\\p{L} .'’-]{0,60}?)\\s*\\(\\s*(ANTARA[^)]*)\\)\\s*[-–—]+\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATED = Pattern.compile("^Baca juga\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORTER = Pattern.compile("^Pewarta\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern EDITOR = Pattern.compile("^Editor\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COPYRIGHT =
            Pattern.compile("^Copyright\\s*(?:©|\\(c\\))?\\s*(\\S+)\\s+(\\d{4})\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTICE = Pattern.compile("^Dilarang keras\\b.*", Pattern.CASE_INSENSITIVE);
    private static final String PARAGRAPH_SEPARATOR = "\n\n";

    private final SentenceSplitter splitter;

    /** @param abbreviations lower-case words after which a full stop does not end a sentence */
    public ArticleReader(Set<String> abbreviations) {
        this.splitter = new SentenceSplitter(abbreviations);
    }

    public Article read(Path file) throws ArticleRejectedException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new ArticleRejectedException(name, "cannot be read (" + e.getMessage() + ")");
        }
        return read(name, bytes);
    }

    public Article read(String name, byte[] bytes) throws ArticleRejectedException {
        if (bytes.length == 0) {
            throw new ArticleRejectedException(name, "the file is empty");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new ArticleRejectedException(name, "the file is binary (it contains NUL bytes), not an article text");
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
        text = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC)
                .replaceAll("[\uFEFF\u200B\u200C\u200D\u2060]", "")
                .replaceAll("[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]", " ");
        return parse(name, text);
    }

    private Article parse(String name, String text) throws ArticleRejectedException {
        List<String> paragraphs = new ArrayList<>();
        List<String> related = new ArrayList<>();
        String reporter = null;
        String editor = null;
        Integer year = null;
        String agency = null;
        String dateline = null;
        String headline = null;
        for (String rawLine : text.split("\n")) {
            String line = rawLine.strip();
            Matcher m;
            if (line.isEmpty() || NOTICE.matcher(line).matches()) {
                continue;
            } else if ((m = RELATED.matcher(line)).matches()) {
                related.add(m.group(1).strip());
            } else if ((m = REPORTER.matcher(line)).matches()) {
                reporter = m.group(1).strip();
            } else if ((m = EDITOR.matcher(line)).matches()) {
                editor = m.group(1).strip();
            } else if ((m = COPYRIGHT.matcher(line)).matches()) {
                year = Integer.valueOf(m.group(2));
            } else {
                if (paragraphs.size() == 1 && dateline == null && DATELINE.matcher(line).find()
                        && !paragraphs.get(0).matches(".*[.!?\"”]$")) {
                    // a title line above the dateline is the headline, not the body
                    headline = paragraphs.remove(0);
                }
                if (paragraphs.isEmpty() && (m = DATELINE.matcher(line)).find()) {
                    dateline = m.group(1).strip();
                    agency = m.group(2).strip().split("\\s+")[0].toUpperCase();
                    line = line.substring(m.end()).strip();
                    if (line.isEmpty()) {
                        continue;
                    }
                }
                paragraphs.add(line);
            }
        }
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
        return new Article(name, sha256(text), body.toString(), List.copyOf(paragraphs), List.copyOf(sentences),
                Optional.ofNullable(dateline), Optional.ofNullable(agency), Optional.ofNullable(reporter),
                Optional.ofNullable(editor), Optional.ofNullable(year), List.copyOf(related), Optional.ofNullable(headline));
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
