package org.scokg.bench.score;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Whether a result row of a competency query satisfies a gold row: the rules of the shared scorer
 * ({@code shared/eval/score.py}, {@code matches}), ported so that {@code mvn verify} and {@code sco bench} score
 * extraction as that script does. Row cells are normalised with {@link #norm}; gold values are as the gold file has them.
 */
public final class CompetencyMatch {
    static final String WIKIDATA = "http://www.wikidata.org/entity/";
    static final String SCO = "Q485207";
    /** A gold {@code org} that stands for the Shanghai Five, the SCO's forerunner, under whatever name or ID. */
    static final String SHANGHAI_FIVE = "SHANGHAI_FIVE";
    private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})");
    private static final Pattern QID = Pattern.compile("q\\d+");

    private CompetencyMatch() {}

    /** A cell as the scorer compares it: trimmed, a Wikidata IRI as its Q-ID, a date or date-time as its date. */
    public static String norm(String value) {
        String v = value == null ? "" : value.strip();
        if (v.startsWith(WIKIDATA)) {
            return v.substring(WIKIDATA.length());
        }
        return DATE.matcher(v).find() ? v.substring(0, 10) : v;
    }

    static String year(String value) {
        Matcher m = YEAR.matcher(norm(value));
        return m.find() ? m.group(1) : norm(value);
    }

    static String low(String value) {
        return (value == null ? "" : value).toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", " ").strip();
    }

    static boolean orgMatches(String gold, String got) {
        if (SHANGHAI_FIVE.equals(gold)) {
            String g = low(got);
            return !got.equals(SCO) && (g.contains("five") || g.contains("lima") || QID.matcher(g).matches());
        }
        return got.equals(gold);
    }

    /** Does result row {@code r} of query {@code q} satisfy gold row {@code g}? */
    static boolean matches(String q, JsonObject g, Map<String, String> r) {
        if (g.hasKey("org") && !orgMatches(string(g, "org"), cell(r, "org"))) {
            return false;
        }
        if (truthy(g.get("not_org")) && cell(r, "org").equals(string(g, "not_org"))) {
            return false;
        }
        if (g.hasKey("state") && !truthy(g.get("any_state")) && differs(g, "state", cell(r, "state"))) {
            return false;
        }
        return switch (q) {
            case "meetings" -> !(g.hasKey("date") && differs(g, "date", cell(r, "date"))
                    || g.hasKey("place") && !truthy(g.get("place_opt")) && differs(g, "place", cell(r, "place"))
                    || g.hasKey("ordinal") && differs(g, "ordinal", norm(cell(r, "ordinal"))));
            case "statuses" -> !(g.hasKey("status") && differs(g, "status", cell(r, "status"))
                    || g.hasKey("since") && (string(g, "since") == null || !cell(r, "since").startsWith(string(g, "since"))));
            case "participation" -> !(g.hasKey("date") && differs(g, "date", cell(r, "date"))
                    || g.hasKey("role") && differs(g, "role", cell(r, "role")));
            case "pledges" -> !(g.hasKey("pledger") && differs(g, "pledger", cell(r, "pledger"))
                    || g.hasKey("date") && differs(g, "date", cell(r, "date"))
                    || !hasKeywords(g, cell(r, "text"))
                    || g.hasKey("amount") && !amountMatches(g.get("amount").getAsNumber().value().doubleValue(), r.getOrDefault("amount", "nan")));
            case "proposals" -> !(g.hasKey("ordinal") && differs(g, "ordinal", norm(cell(r, "ordinal")))
                    || !hasKeywords(g, cell(r, "text")));
            case "chairs" -> !(g.hasKey("from") && differs(g, "from", year(cell(r, "from")))
                    || g.hasKey("to") && differs(g, "to", year(cell(r, "to"))));
            case "people" -> peopleMatch(g, r);
            default -> true;
        };
    }

    private static boolean peopleMatch(JsonObject g, Map<String, String> r) {
        String name = low(g.hasKey("name") ? string(g, "name") : "");
        String got = low(cell(r, "name"));
        if (!name.isEmpty() && (got.isEmpty() || !name.contains(got) && !got.contains(name))) {
            return false;
        }
        return !(g.hasKey("role") && differs(g, "role", cell(r, "role")));
    }

    /** Every keyword of the gold row appears in the (lower-cased) text of the result row. */
    private static boolean hasKeywords(JsonObject g, String text) {
        if (!g.hasKey("kw")) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return g.get("kw").getAsArray().stream().allMatch(k -> k.isString() && lower.contains(k.getAsString().value()));
    }

    /** Within 0.1 % of the gold amount; as in Python, a row without the column (NaN) is not rejected, an empty cell is. */
    private static boolean amountMatches(double gold, String got) {
        double value;
        String v = got.strip();
        if (v.equalsIgnoreCase("nan")) {
            value = Double.NaN;
        } else {
            try {
                value = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return !(Math.abs(value - gold) > 1e-3 * gold);
    }

    private static String cell(Map<String, String> r, String column) {
        return r.getOrDefault(column, "");
    }

    /** A gold value that is not text never equals a cell, as in Python. */
    private static boolean differs(JsonObject g, String key, String got) {
        return !got.equals(string(g, key));
    }

    private static String string(JsonObject g, String key) {
        JsonValue v = g.get(key);
        return v != null && v.isString() ? v.getAsString().value() : null;
    }

    /** Python's truth of a JSON value: false, null, 0, "" and empty lists or objects are false. */
    static boolean truthy(JsonValue v) {
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.getAsBoolean().value();
        }
        if (v.isString()) {
            return !v.getAsString().value().isEmpty();
        }
        if (v.isNumber()) {
            return v.getAsNumber().value().doubleValue() != 0;
        }
        return v.isArray() ? !v.getAsArray().isEmpty() : !v.getAsObject().isEmpty();
    }
}
