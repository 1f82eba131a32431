package org.scokg.extract.analysis;

/**
 * How a rule came to a fact: the rule's id (written as {@code sco:extractionRule}) and how sure it
 * is of the facts it finds that way. Each rule declares its evidence once, as constants, and every
 * fact it makes takes its source from them.
 */
public record Evidence(String rule, double confidence) {

    /** The source of a fact found this way in sentence {@code sentence}. */
    public Extraction.Source at(int sentence) {
        return new Extraction.Source(sentence, rule, confidence);
    }

    public Extraction.Source at(SentenceAnalysis sentence) {
        return at(sentence.index());
    }

    /** The same rule, surer or less sure: when a fact lacks what makes the rule confident. */
    public Evidence withConfidence(double other) {
        return new Evidence(rule, other);
    }
}
