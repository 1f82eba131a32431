package org.scokg.bench.score;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** True positives, false positives and false negatives, and the precision, recall and F1 they make. */
public final class CompetencyScore {
    private int truePositives;
    private int falsePositives;
    private int falseNegatives;

    /**
     * Matches the rows of one query one-to-one against the gold rows, greedily in the order of the rows
     * (as {@code score.py} does): a row takes the first unused required gold row it satisfies, else the
     * first optional one; optional gold rows absorb rows without counting, an {@code any_state} gold row
     * absorbs any number of them. Returns this score, added to.
     */
    public CompetencyScore match(String query, JsonArray goldRows, List<Map<String, String>> rows) {
        boolean[] used = new boolean[goldRows.size()];
        for (Map<String, String> row : rows) {
            int hit = -1;
            for (boolean optionalPass : new boolean[] {false, true}) {
                for (int i = 0; i < goldRows.size() && hit < 0; i++) {
                    JsonObject gold = goldRows.get(i).getAsObject();
                    if (!used[i] && optional(gold) == optionalPass && CompetencyMatch.matches(query, gold, row)) {
                        hit = i;
                    }
                }
                if (hit >= 0) {
                    break;
                }
            }
            if (hit < 0) {
                falsePositives++;
            } else {
                JsonObject gold = goldRows.get(hit).getAsObject();
                used[hit] = !CompetencyMatch.truthy(gold.get("any_state"));
                truePositives += optional(gold) ? 0 : 1;
            }
        }
        for (int i = 0; i < goldRows.size(); i++) {
            if (!used[i] && !optional(goldRows.get(i).getAsObject())) {
                falseNegatives++;
            }
        }
        return this;
    }

    private static boolean optional(JsonObject gold) {
        return CompetencyMatch.truthy(gold.get("opt"));
    }

    public void add(CompetencyScore other) {
        truePositives += other.truePositives;
        falsePositives += other.falsePositives;
        falseNegatives += other.falseNegatives;
    }

    public double precision() {
        int found = truePositives + falsePositives;
        return found > 0 ? (double) truePositives / found : falseNegatives == 0 ? 1.0 : 0.0;
    }

    public double recall() {
        int wanted = truePositives + falseNegatives;
        return wanted > 0 ? (double) truePositives / wanted : 1.0;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }

    /** {@code P=… R=… F1=…}, as the shared scorer prints it. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P=%.2f R=%.2f F1=%.2f", precision(), recall(), f1());
    }

    public String counts() {
        return "(tp=" + truePositives + " fp=" + falsePositives + " fn=" + falseNegatives + ")";
    }
}
