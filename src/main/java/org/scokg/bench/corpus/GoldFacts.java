package org.scokg.bench.corpus;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.scokg.bench.score.GoldScore;
import org.scokg.reference.Entity;

/**
 * What one generated article states, as the rows its competency queries should return: the gold format of
 * {@code src/test/resources/articles/gold.json} (Wikidata IDs; {@code opt} rows accepted but not required).
 */
final class GoldFacts {
    private static final String SCO = "Q485207";

    private final JsonObject rows = new JsonObject();

    GoldFacts() {
        // every query of the scoring contract has a list in the gold of every article
        GoldScore.QUERIES.forEach(q -> rows.put(q, new JsonArray()));
    }

    JsonObject json() {
        return rows;
    }

    void meeting(LocalDate start, Entity place, boolean placeKnown, Optional<Integer> ordinal) {
        JsonObject row = org();
        row.put("date", start.toString());
        row.put("place", id(place));
        ordinal.ifPresent(n -> row.put("ordinal", n.toString()));
        if (!placeKnown) {
            // a city without a Wikidata ID in the reference data is named by the graph's own IRI
            row.put("place_opt", true);
        }
        add("meetings", row);
    }

    void status(Entity state, String status, Optional<Integer> since) {
        JsonObject row = org();
        row.put("state", id(state));
        row.put("status", status);
        since.ifPresent(year -> row.put("since", year.toString()));
        add("statuses", row);
        if (since.isPresent()) {
            // the list of members states the status again, without its start
            JsonObject again = org();
            again.put("state", id(state));
            again.put("status", status);
            again.put("opt", true);
            add("statuses", again);
        }
    }

    void participation(LocalDate date, Entity state, String role) {
        JsonObject row = new JsonObject();
        row.put("date", date.toString());
        row.put("state", id(state));
        row.put("role", role);
        add("participation", row);
    }

    void pledge(Entity pledger, LocalDate date, String keyword, Optional<Long> amount) {
        JsonObject row = new JsonObject();
        row.put("pledger", id(pledger));
        row.put("date", date.toString());
        JsonArray kw = new JsonArray();
        kw.add(keyword.toLowerCase(Locale.ROOT));
        row.put("kw", kw);
        amount.ifPresent(a -> row.put("amount", JsonNumber.value(a)));
        add("pledges", row);
    }

    void chair(Entity state, int from, int to) {
        JsonObject row = org();
        row.put("state", id(state));
        row.put("from", Integer.toString(from));
        row.put("to", Integer.toString(to));
        add("chairs", row);
    }

    /** The host chairs the meeting it hosts: an article saying so may be read as its chairmanship, without a period. */
    void hostChair(Entity state) {
        JsonObject row = org();
        row.put("state", id(state));
        row.put("opt", true);
        add("chairs", row);
    }

    void person(String name, String role, Entity state) {
        JsonObject row = new JsonObject();
        row.put("name", name.toLowerCase(Locale.ROOT));
        row.put("role", role);
        row.put("state", id(state));
        if (rows.get("people").getAsArray().stream().noneMatch(row::equals)) {
            add("people", row);
        }
    }

    /** A person the article names without an office (its reporter, its editor): found or not, either is right. */
    void byline(String name) {
        JsonObject row = new JsonObject();
        row.put("name", name.toLowerCase(Locale.ROOT));
        row.put("opt", true);
        add("people", row);
    }

    private void add(String query, JsonObject row) {
        rows.get(query).getAsArray().add(row);
    }

    private static JsonObject org() {
        JsonObject row = new JsonObject();
        row.put("org", SCO);
        return row;
    }

    private static String id(Entity entity) {
        return entity.wikidata().orElse(entity.iri());
    }
}
