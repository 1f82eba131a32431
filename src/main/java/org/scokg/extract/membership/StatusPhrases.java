package org.scokg.extract.membership;

import java.util.HashMap;
import java.util.Map;
import org.scokg.vocab.MembershipStatus;
import org.scokg.extract.mention.Lexicon;

/**
 * The phrases that name a status ("anggota penuh", "negara pengamat", "mitra dialog") and the status
 * each names, from {@code membership/statuses.tsv}.
 */
final class StatusPhrases {
    private final Map<String, MembershipStatus> byPhrase = new HashMap<>();
    private final String alternation;

    StatusPhrases(Lexicon lexicon) {
        lexicon.table("membership/statuses").forEach((phrase, notation) -> byPhrase.put(phrase, status(notation)));
        alternation = lexicon.alternation("membership/statuses", true);
    }

    /** The status a lexicon value names; a value no status has is an error in the lexicon. */
    static MembershipStatus status(String notation) {
        return MembershipStatus.ofNotation(notation).orElseThrow(() -> new IllegalStateException(
                "lexicon: '" + notation + "' is no status notation; use one of member, observer, dialogue_partner, guest"));
    }

    /** A regex alternation of the phrases, longest first. */
    String alternation() {
        return alternation;
    }

    /** The status a phrase of the lexicon names, as written in the text. */
    MembershipStatus of(String phrase) {
        return byPhrase.get(Lexicon.key(phrase));
    }
}
