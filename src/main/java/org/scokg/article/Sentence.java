package org.scokg.article;

/**
 * One sentence of an article body; {@code start} and {@code end} are character offsets into
 * {@link Article#body()}, so {@code body.substring(start, end)} is exactly {@code text}.
 *
 * @param paragraph index of the paragraph the sentence belongs to
 */
public record Sentence(int index, int paragraph, int start, int end, String text) {}
