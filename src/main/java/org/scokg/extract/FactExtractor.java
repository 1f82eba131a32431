package org.scokg.extract;

import org.scokg.reference.Gazetteer;
import org.scokg.reference.MembershipHistory;
import org.scokg.reference.ReferenceData;

import java.util.List;
import org.scokg.article.Article;
import org.scokg.extract.analysis.ArticleAnalysis;
import org.scokg.extract.analysis.ArticleMeetings;
import org.scokg.extract.mention.DateFinder;
import org.scokg.extract.analysis.Evidence;
import org.scokg.extract.analysis.Extraction;
import org.scokg.extract.mention.Lexicon;
import org.scokg.extract.membership.MembershipRule;
import org.scokg.extract.mention.MentionFinder;
import org.scokg.extract.analysis.PersonFinder;
import org.scokg.extract.analysis.SpeakerFinder;
import org.scokg.extract.mention.QuantityFinder;
import org.scokg.extract.analysis.Rule;

/**
 * The extraction pipeline: document, sentences, mentions, facts. Built once (the gazetteer and the
 * lexicon are read here), then used for any number of articles.
 */
public final class FactExtractor {
    private static final Evidence NOT_ABOUT_FOCUS = new Evidence("relevance", 1.0);
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final MentionFinder mentionFinder;
    private final DateFinder dateFinder;
    private final QuantityFinder quantityFinder;
    private final PersonFinder personFinder;
    private final SpeakerFinder speakerFinder;
    /** In order: meetings first, which the others refer to; pledges after chairs, claims after pledges. */
    private final List<Rule> rules;

    public FactExtractor(Gazetteer gazetteer, MembershipHistory history, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.mentionFinder = new MentionFinder(gazetteer);
        this.dateFinder = new DateFinder(lexicon);
        this.quantityFinder = new QuantityFinder(lexicon);
        this.personFinder = new PersonFinder(gazetteer, lexicon);
        this.speakerFinder = new SpeakerFinder(lexicon);
        this.rules = List.of(
                new MeetingRule(lexicon, gazetteer),
                new ChairRule(lexicon),
                new MembershipRule(lexicon, quantityFinder, history),
                new PledgeRule(lexicon, quantityFinder),
                new ProposalRule(lexicon, quantityFinder),
                new OutcomeRule(lexicon, quantityFinder),
                new ClaimRule(),
                new OfficeRule());
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
                quantityFinder, personFinder, speakerFinder);
        Extraction x = a.extraction;
        if (a.focus.isEmpty()) {
            if (!article.sentences().isEmpty()) {
                x.notes.add(new Extraction.QualityNote(
                        "The article is not about a focus organisation (the SCO or its predecessor); no facts were recorded.",
                        null, null, NOT_ABOUT_FOCUS.at(0)));
            }
            return x;
        }
        ArticleMeetings meetings = new ArticleMeetings();
        for (Rule rule : rules) {
            rule.apply(a, meetings);
        }
        return x;
    }
}
