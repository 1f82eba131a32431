package org.scokg.extract.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scokg.vocab.MembershipStatus;
import org.scokg.extract.mention.Lexicon;
import org.scokg.extract.mention.QuantityFinder;

/**
 * A count of states that points back to a list named before: "kelima negara itu", "keempat negara
 * pengamat", "keenam anggota", "lima negara tersebut".
 */
final class StateCountAnaphor {
    /** One such phrase: the count and, when named, the status. */
    record Found(int start, int end, Integer count, MembershipStatus status) {}

    private final Pattern anaphor;
    private final QuantityFinder numbers;
    private final StatusPhrases statuses;

    StateCountAnaphor(Lexicon lexicon, QuantityFinder numbers, StatusPhrases statuses) {
        this.numbers = numbers;
        this.statuses = statuses;
        String n = "(?:\\d{1,2}|" + lexicon.alternation("quantity/numbers", true) + ")";
        String st = statuses.alternation();
        anaphor = Pattern.compile("\\b(?:ke(?<n1>" + n + ")\\s+(?:negara\\s+)?(?<s1>" + st + ")?|(?<n2>" + n
                + ")\\s+negara\\s+(?:(?<s2>" + st + ")\\s+)?" + lexicon.alternation("grammar/anaphors", false) + "\\b)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Every such phrase of {@code text}, offsets into the text. */
    List<Found> in(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = anaphor.matcher(text);
        while (m.find()) {
            String phrase = m.group("s1") != null ? m.group("s1") : m.group("s2");
            found.add(new Found(m.start(), m.end(), numbers.integer(m.group("n1") != null ? m.group("n1") : m.group("n2")),
                    phrase == null ? null : statuses.of(phrase)));
        }
        return found;
    }
}
