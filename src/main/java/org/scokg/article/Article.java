package org.scokg.article;

import java.util.List;
import java.util.Optional;

/**
 * A news article as read from its file: the body with its sentences, and the ANTARA furniture
 * around it (headline when the file has one, dateline, reporter, editor, copyright, related headlines),
 * and what its source says of it ({@link ArticleMetadata}).
 *
 * @param contentHash SHA-256 (hex) of the normalised text: the article's identity across machines
 */
public record Article(
        String fileName,
        String contentHash,
        String body,
        List<String> paragraphs,
        List<Sentence> sentences,
        Optional<String> datelinePlace,
        Optional<String> agency,
        Optional<String> reporter,
        Optional<String> editor,
        Optional<Integer> copyrightYear,
        List<String> relatedHeadlines,
        Optional<String> headline,
        ArticleMetadata metadata) {

    /** This article with what its source says of it. */
    public Article withMetadata(ArticleMetadata source) {
        return new Article(fileName, contentHash, body, paragraphs, sentences, datelinePlace, agency, reporter, editor,
                copyrightYear, relatedHeadlines, headline, source);
    }

    /** The first 16 hex digits of the content hash, used in IRIs. */
    public String shortHash() {
        return contentHash.substring(0, 16);
    }
}
