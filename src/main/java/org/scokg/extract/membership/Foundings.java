package org.scokg.extract.membership;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scokg.reference.DateValue;
import org.scokg.reference.Entity;
import org.scokg.reference.EntityKind;
import org.scokg.vocab.MembershipStatus;
import org.scokg.extract.analysis.ArticleAnalysis;
import org.scokg.extract.mention.DateMention;
import org.scokg.extract.analysis.Evidence;
import org.scokg.extract.analysis.Extraction;
import org.scokg.extract.mention.Lexicon;
import org.scokg.extract.mention.Mention;
import org.scokg.extract.analysis.SentenceAnalysis;

/**
 * Founders: "kelima negara itu membentuk ... Shanghai Five pada 26 April 1996" (active, the founders
 * before the verb or pointed back to), "SCO didirikan ... oleh A, B dan C" (passive). Founders are
 * members from the founding date; a renaming in the same sentence names the organisation it became.
 */
final class Foundings {
    static final Evidence FOUNDING = new Evidence("founding", 0.85);

    private final Pattern founding;
    private final Pattern renaming;
    private final Pattern byAgent;
    private final StateCountAnaphor anaphor;

    Foundings(Lexicon lexicon, StateCountAnaphor anaphor) {
        this.anaphor = anaphor;
        founding = lexicon.wordPattern("membership/founding-words");
        renaming = lexicon.wordPattern("membership/renaming-words");
        // "oleh A, B", "oleh enam negara, yaitu A, B"
        byAgent = Pattern.compile("(?s).*\\b" + lexicon.alternation("grammar/agent-markers", false)
                + "(?:\\s+[\\p{L}\\d]+){0,2}?\\s*,?\\s*(?:" + lexicon.alternation("grammar/list-connectors", false) + ")?\\s*:?\\s*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    void apply(ArticleAnalysis a, SentenceAnalysis s, List<StateList> lists, EarlierLists earlier) {
        Matcher verb = founding.matcher(s.text());
        if (!verb.find()) {
            return;
        }
        int verbAt = s.sentence.start() + verb.start();
        boolean passive = verb.group().toLowerCase().startsWith("di");
        Optional<Entity> organisation = passive
                ? s.mentionsOf(EntityKind.ORGANISATION).stream().filter(o -> o.end() <= verbAt)
                        .map(Mention::entity).filter(a::isFocus).reduce((x, y) -> y)
                        // "Pengelompokan ini didirikan oleh A, B": with no organisation named, the subject points back
                        .or(() -> s.mentionsOf(EntityKind.ORGANISATION).isEmpty() ? a.organisationOf(s) : Optional.empty())
                : s.mentionsOf(EntityKind.ORGANISATION).stream().filter(o -> o.start() >= verbAt)
                        .map(Mention::entity).filter(a::isFocus).findFirst();
        if (organisation.isEmpty()) {
            return;
        }
        List<Entity> founders = founders(s, lists, earlier, verbAt, passive);
        if (founders == null) {
            return;
        }
        DateValue date = s.dates.stream().filter(d -> d.start() >= verbAt && !d.kind().equals("period"))
                .map(DateMention::value).findFirst().orElse(null);
        Entity renamedTo = null;
        Matcher r = renaming.matcher(s.text());
        if (r.find()) {
            int after = s.sentence.start() + r.end();
            renamedTo = s.mentionsOf(EntityKind.ORGANISATION).stream().filter(o -> o.start() >= after)
                    .map(Mention::entity).filter(o -> !o.equals(organisation.get())).findFirst().orElse(null);
        }
        Extraction.Source source = FOUNDING.at(s);
        a.extraction.foundings.add(new Extraction.Founding(organisation.get(), founders, date, renamedTo, source));
        for (Entity state : founders) {
            a.extraction.statuses.add(new Extraction.Status(organisation.get(), state, MembershipStatus.MEMBER, date, source));
        }
    }

    /** The passive's agents, the list an anaphor points back to, or the list before the verb. */
    private List<Entity> founders(SentenceAnalysis s, List<StateList> lists, EarlierLists earlier, int verbAt,
                                  boolean passive) {
        if (passive) {
            return lists.stream().filter(l -> l.start() > verbAt && byAgent.matcher(l.head()).matches()
                    && l.entities().size() >= 2).findFirst().map(StateList::entities).orElse(null);
        }
        List<StateCountAnaphor.Found> pointers = anaphor.in(s.text());
        if (!pointers.isEmpty()) {
            StateCountAnaphor.Found pointer = pointers.get(0);
            Integer n = pointer.count();
            int at = s.sentence.start() + pointer.start();
            // the latest list of that size: in this sentence before the anaphor, else in an earlier one
            return n == null ? null : lists.stream()
                    .filter(l -> l.end() <= at && l.entities().size() == n)
                    .reduce((x, y) -> y).or(() -> earlier.latest(n, null)).map(StateList::entities).orElse(null);
        }
        return lists.stream().filter(l -> l.end() <= verbAt && l.entities().size() >= 2)
                .reduce((x, y) -> y).map(StateList::entities).orElse(null);
    }
}
