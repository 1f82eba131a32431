package org.scokg.extract;

import org.scokg.reference.Gazetteer;
import org.scokg.reference.MembershipHistory;
import org.scokg.reference.ReferenceData;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scokg.article.Article;

/**
 * The extraction pipeline: document, sentences, mentions, facts. Built once (the gazetteer and the
 * lexicon are read here), then used for any number of articles.
 */
public final class FactExtractor {
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final MentionFinder mentionFinder;
    private final DateFinder dateFinder;
    private final QuantityFinder quantityFinder;
    private final PersonFinder personFinder;
    private final MeetingRule meetings;
    private final MembershipRule memberships;
    private final ChairRule chairs;
    private final PledgeRule pledges;
    private final ProposalRule proposals;
    private final OutcomeRule outcomes;
    private final ClaimRule claims = new ClaimRule();
    private final OfficeRule offices = new OfficeRule();

    public FactExtractor(Gazetteer gazetteer, MembershipHistory history, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.mentionFinder = new MentionFinder(gazetteer);
        this.dateFinder = new DateFinder(lexicon);
        this.quantityFinder = new QuantityFinder(lexicon);
        this.personFinder = new PersonFinder(gazetteer, lexicon);
        this.meetings = new MeetingRule(lexicon, gazetteer);
        this.memberships = new MembershipRule(lexicon, quantityFinder, history);
        this.chairs = new ChairRule(lexicon);
        this.pledges = new PledgeRule(lexicon, quantityFinder);
        this.proposals = new ProposalRule(lexicon, quantityFinder);
        this.outcomes = new OutcomeRule(lexicon, quantityFinder);
    }

    /** An extractor over the packaged reference data and lexicon. */
    public static FactExtractor standard() {
        org.apache.jena.rdf.model.Model reference = ReferenceData.load();
        return new FactExtractor(new Gazetteer(reference), new MembershipHistory(reference), Lexicon.load());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public Extraction extract(Article article) {
        ArticleAnalysis a = new ArticleAnalysis(article, gazetteer, lexicon, mentionFinder, dateFinder,
                quantityFinder, personFinder);
        Extraction x = a.extraction;
        if (a.focus.isEmpty()) {
            if (!article.sentences().isEmpty()) {
                x.notes.add(new Extraction.QualityNote(
                        "The article is not about a focus organisation (the SCO or its predecessor); no facts were recorded.",
                        null, null, new Extraction.Source(0, "relevance", 1.0)));
            }
            return x;
        }
        Map<Integer, Extraction.Meeting> meetingBySentence = new HashMap<>();
        List<Extraction.Meeting> found = meetings.find(a, meetingBySentence);
        x.meetings.addAll(found);
        Extraction.Meeting primary = found.isEmpty() ? null : found.get(0);
        Set<Integer> chairSentences = chairs.apply(a, primary);
        memberships.apply(a, meetingBySentence, primary);
        pledges.apply(a, primary, chairSentences);
        proposals.apply(a, primary);
        outcomes.apply(a, meetingBySentence, primary);
        claims.apply(a);
        offices.apply(a);
        return x;
    }
}
