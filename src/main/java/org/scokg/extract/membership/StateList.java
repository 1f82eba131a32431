package org.scokg.extract.membership;

import org.scokg.reference.Entity;
import org.scokg.reference.EntityKind;
import org.scokg.extract.mention.Lexicon;
import org.scokg.extract.mention.Mention;
import org.scokg.extract.analysis.SentenceAnalysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * States named one after another in a sentence ("China, Rusia, Kazakhstan dan Iran"), with the text
 * before the list back to the previous list ({@code head}) and after it up to the next ({@code tail}).
 */
record StateList(SentenceAnalysis sentence, List<Mention> states, String head, String tail, int start, int end) {

    List<Entity> entities() {
        return states.stream().map(Mention::entity).distinct().toList();
    }

    /**
     * Finds the lists of a sentence; states are one list when only a comma, a conjunction or "&" parts
     * them, or, each in parentheses after its leader, a comma or conjunction and the next leader.
     */
    static final class Finder {
        private final Pattern separator;

        Finder(Lexicon lexicon) {
            String and = lexicon.alternation("grammar/conjunctions", false);
            String last = lexicon.alternation("grammar/list-final-words", false);
            // a year in parentheses after a state does not part it from the next: "A dan B (2017), C (2023)";
            // nor does a leader named before the next state in parentheses: "Presiden X (A), Presiden Y (B)"
            separator = Pattern.compile("(?:\\s*\\(\\d{4}\\))?\\s*(?:,\\s*(?:(?:" + and + "|" + last + ")\\s+)?|" + and + "\\s+|&\\s*|;\\s*)"
                    + "|\\)\\s*(?:,\\s*(?:(?:" + and + "|" + last + ")\\s+)?|" + and + "\\s+)[^(),.;:]{1,60}\\(",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }

        List<StateList> in(SentenceAnalysis s) {
            List<List<Mention>> groups = new ArrayList<>();
            Mention previous = null;
            List<Mention> cities = s.mentionsOf(EntityKind.CITY);
            for (Mention m : s.mentionsOf(EntityKind.STATE)) {
                if (qualifiesCity(s, cities, m)) {
                    continue;
                }
                if (previous != null && separator.matcher(s.between(previous.end(), m.start())).matches()) {
                    groups.get(groups.size() - 1).add(m);
                } else {
                    groups.add(new ArrayList<>(List.of(m)));
                }
                previous = m;
            }
            List<StateList> lists = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                List<Mention> g = groups.get(i);
                int start = g.get(0).start();
                int end = g.get(g.size() - 1).end();
                int headFrom = i == 0 ? s.sentence.start() : groups.get(i - 1).get(groups.get(i - 1).size() - 1).end();
                int tailTo = i == groups.size() - 1 ? s.sentence.end() : groups.get(i + 1).get(0).start();
                lists.add(new StateList(s, List.copyOf(g), s.between(headFrom, start), s.between(end, tailTo), start, end));
            }
            return lists;
        }

        /** "di Tashkent, Uzbekistan": a state right after one of its cities says where the city is; it is no list. */
        private static boolean qualifiesCity(SentenceAnalysis s, List<Mention> cities, Mention state) {
            return cities.stream().anyMatch(c -> c.end() <= state.start()
                    && s.between(c.end(), state.start()).matches("\\s*,\\s*")
                    && c.entity().state().map(state.entity().iri()::equals).orElse(false));
        }
    }
}
