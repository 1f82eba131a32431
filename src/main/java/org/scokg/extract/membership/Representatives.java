package org.scokg.extract.membership;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scokg.reference.Entity;
import org.scokg.reference.EntityKind;
import org.scokg.vocab.MembershipStatus;
import org.scokg.extract.analysis.ArticleAnalysis;
import org.scokg.extract.analysis.Evidence;
import org.scokg.extract.analysis.Extraction;
import org.scokg.extract.mention.Lexicon;
import org.scokg.extract.analysis.PersonMention;
import org.scokg.extract.analysis.SentenceAnalysis;

/**
 * People at a meeting: "PM Li Qiang ... menghadiri KTT" says the person's state took part,
 * represented by them. "Dari negara pengamat, Presiden Iran ..." and "..., yang negaranya berstatus
 * mitra dialog" also say the states' status; "... sebagai tamu" makes the state a guest. Not every
 * person of such a sentence attends for a state: one met there ("bertemu dengan Presiden Kazakhstan
 * ...") is a counterpart, and one titled by an organisation ("Sekretaris Jenderal PBB Antonio
 * Guterres") serves it, not the state of their nationality.
 */
final class Representatives {
    static final Evidence STATUS = new Evidence("status-of-representative", 0.8);
    static final Evidence PARTICIPATION = new Evidence("participation-person", 0.8);

    private final StatusPhrases statuses;
    private final Pattern fromStatus;
    private final Pattern theirStatus;
    private final Pattern guest;
    private final Counterparts counterparts;

    Representatives(Lexicon lexicon, StatusPhrases statuses, Counterparts counterparts) {
        this.statuses = statuses;
        this.counterparts = counterparts;
        int f = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        String st = statuses.alternation();
        String adverbs = "(?:" + lexicon.alternation("membership/status-adverbs", false) + "\\s+)*";
        fromStatus = Pattern.compile("^\\W*Dari\\s+(?:kalangan\\s+)?(?:para\\s+)?(?:negara\\s+)?(" + st + ")\\b", f);
        theirStatus = Pattern.compile("\\byang\\s+negaranya\\s+" + adverbs + "(?:berstatus|merupakan|adalah|bergabung\\s+sebagai|menjadi)\\s+(?:negara\\s+)?(" + st + ")\\b", f);
        guest = lexicon.wordPattern("membership/guest-words");
    }

    void apply(ArticleAnalysis a, SentenceAnalysis s, Extraction.Meeting meeting, Entity organisation,
               Participations participations) {
        Matcher from = fromStatus.matcher(s.text());
        MembershipStatus statedForAll = from.find() ? statuses.of(from.group(1)) : null;
        Matcher their = theirStatus.matcher(s.text());
        int theirAt = their.find() ? s.sentence.start() + their.start() : -1;
        MembershipStatus statedBefore = theirAt >= 0 ? statuses.of(their.group(1)) : null;
        for (PersonMention p : s.people) {
            Entity state = p.state() != null ? p.state() : servesOrganisation(s, p) ? null : a.stateOf(p.person()).orElse(null);
            if (state == null || counterparts.met(s.between(s.sentence.start(), p.start()), s.between(p.end(), s.sentence.end()))) {
                continue;
            }
            String after = s.between(p.end(), s.sentence.end()).replaceFirst("(?s)[,.;].*$", "");
            MembershipStatus status = statedForAll != null ? statedForAll : p.end() <= theirAt ? statedBefore : null;
            MembershipStatus role = guest.matcher(after).find() ? MembershipStatus.GUEST : status;
            if (status != null && role != MembershipStatus.GUEST) {
                a.extraction.statuses.add(new Extraction.Status(organisation, state, status, null, STATUS.at(s)));
            }
            participations.add(new Extraction.Participation(meeting, state, role, p.person(), PARTICIPATION.at(s)));
        }
    }

    /** "Sekretaris Jenderal PBB Antonio Guterres": an organisation named right before the person. */
    private static boolean servesOrganisation(SentenceAnalysis s, PersonMention p) {
        return s.mentionsOf(EntityKind.ORGANISATION).stream()
                .anyMatch(o -> o.end() <= p.start() && s.between(o.end(), p.start()).isBlank());
    }
}
