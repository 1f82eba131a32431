package org.scokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scokg.extract.analysis.ArticleAnalysis;
import org.scokg.extract.analysis.ArticleMeetings;
import org.scokg.extract.analysis.Evidence;
import org.scokg.extract.analysis.Extraction;
import org.scokg.extract.mention.Lexicon;
import org.scokg.extract.mention.QuantityFinder;
import org.scokg.extract.analysis.Rule;
import org.scokg.extract.analysis.SentenceAnalysis;
import org.scokg.extract.analysis.StateCounts;

/**
 * Outcome documents ("menandatangani Deklarasi Tianjin ...", "menyetujui Strategi Pembangunan SCO
 * hingga 2035") and institutions established ("peresmian empat pusat baru yaitu Pusat A, Pusat B
 * dan Pusat C"), the latter checked against the count the text gives.
 */
final class OutcomeRule implements Rule {
    static final Evidence DOCUMENT = new Evidence("outcome-document", 0.8);
    static final Evidence INSTITUTION = new Evidence("institution", 0.8);
    static final Evidence COUNT_CHECK = StateCounts.COUNT_CHECK;

    private static final String TITLE_WORD = "(?:[\\p{Lu}0-9][\\p{L}0-9-]*|SCO)";

    private final Pattern documentVerb;
    private final Pattern quoted = Pattern.compile("[\"“]([^\"”]{4,200})[\"”]");
    private final Pattern documentTitle;
    private final Pattern documentHead;
    private final Pattern institutionVerb;
    private final Pattern institutionList;
    private final Pattern institutionSplit;
    private final Pattern count;
    private final QuantityFinder numbers;

    OutcomeRule(Lexicon lexicon, QuantityFinder numbers) {
        this.numbers = numbers;
        int f = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        documentVerb = Pattern.compile("\\b" + lexicon.alternation("outcome/document-verbs", false) + "\\b", f);
        String docHead = capitalised(lexicon.words("outcome/document-heads"));
        documentHead = Pattern.compile("^(?:" + docHead + ")\\b");
        String titleLink = lexicon.alternation("outcome/title-links", false);
        documentTitle = Pattern.compile("\\b(?:" + docHead + ")(?:\\s+" + TITLE_WORD + "|\\s+" + titleLink + "(?=\\s+" + TITLE_WORD + "))+");
        institutionVerb = Pattern.compile("\\b" + lexicon.alternation("outcome/institution-verbs", false) + "\\b", f);
        String instHead = capitalised(lexicon.words("outcome/institution-heads"));
        institutionList = Pattern.compile("(?:" + lexicon.alternation("outcome/institution-list-openers", false) + "|:)\\s+((?:" + instHead + ")\\b.*)$");
        String and = lexicon.alternation("grammar/conjunctions", false);
        institutionSplit = Pattern.compile(",\\s*(?:" + and + "\\s+)?|\\s+" + and + "\\s+(?=(?:" + instHead + ")\\b)");
        count = Pattern.compile("\\b(\\d{1,2}|" + lexicon.alternation("quantity/numbers", true) + ")\\s+(?:" + lexicon.alternation("outcome/institution-heads", false) + ")\\b", f);
    }

    private static String capitalised(java.util.Set<String> heads) {
        return String.join("|", heads.stream().map(h -> Pattern.quote(Character.toUpperCase(h.charAt(0)) + h.substring(1))).toList());
    }

    @Override
    public void apply(ArticleAnalysis a, ArticleMeetings meetings) {
        for (SentenceAnalysis s : a.sentences) {
            if (a.organisationOf(s).isEmpty()) {
                continue;
            }
            Extraction.Meeting meeting = meetings.of(s);
            if (documentVerb.matcher(s.text()).find()) {
                documents(a, s, meeting);
            }
            if (institutionVerb.matcher(s.text()).find()) {
                institutions(a, s, meeting);
            }
        }
    }

    private void documents(ArticleAnalysis a, SentenceAnalysis s, Extraction.Meeting meeting) {
        List<String> titles = new ArrayList<>();
        String rest = s.text();
        Matcher q = quoted.matcher(s.text());
        while (q.find()) {
            if (documentHead.matcher(q.group(1)).find()) {
                titles.add(q.group(1).strip());
                rest = rest.replace(q.group(), " ");
            }
        }
        Matcher t = documentTitle.matcher(rest);
        while (t.find()) {
            if (t.group().split("\\s+").length >= 2) {
                titles.add(t.group().strip());
            }
        }
        for (String title : titles) {
            a.extraction.documents.add(new Extraction.OutcomeDocument(title, meeting,
                    DOCUMENT.at(s)));
        }
    }

    private void institutions(ArticleAnalysis a, SentenceAnalysis s, Extraction.Meeting meeting) {
        Matcher list = institutionList.matcher(s.text());
        if (!list.find()) {
            return;
        }
        String names = list.group(1).replaceAll("[.\\s]+$", "");
        List<String> found = new ArrayList<>();
        for (String name : institutionSplit.split(names)) {
            if (!name.isBlank()) {
                found.add(name.strip());
            }
        }
        for (String name : found) {
            a.extraction.institutions.add(new Extraction.Institution(name, meeting,
                    INSTITUTION.at(s)));
        }
        Matcher c = count.matcher(s.text().substring(0, list.start()));
        if (c.find()) {
            Integer expected = numbers.integer(c.group(1));
            if (expected != null && expected != found.size()) {
                a.extraction.notes.add(new Extraction.QualityNote("The text counts " + expected
                        + " institutions but names " + found.size() + ".", expected, found.size(),
                        COUNT_CHECK.at(s)));
            }
        }
    }
}
