package org.scokg.extract.analysis;

/**
 * An extraction rule: reads an analysed article and adds the facts of one kind it finds to the
 * article's {@link Extraction}. Rules run in the order {@link org.scokg.extract.FactExtractor} lists them; the meeting
 * rule runs first and fills {@link ArticleMeetings}, which the others read.
 */
public interface Rule {
    void apply(ArticleAnalysis article, ArticleMeetings meetings);
}
