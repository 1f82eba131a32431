package org.scokg.article.format;

import org.scokg.article.ArticleMetadata;

/**
 * An article's text as a page, an archive record or a scraper's record gives it, one paragraph a
 * line, with what that source says of it; read into an article by the same path as a text file.
 *
 * @param position where in its file the text is ({@code line 3}, {@code record 2 at offset 1234}), empty for a whole file
 */
public record SourceText(String position, String text, ArticleMetadata metadata) {}
