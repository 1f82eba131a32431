package org.scokg.wikidata.diff;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.scokg.wikidata.model.WikidataTime;
import org.scokg.wikidata.snapshot.Snapshot;

/** The diff as an editor reads it: per entity, text; or one row per finding, CSV (memberships) or JSON (memberships and offices). */
public final class DiffReport {
    private static final List<String> COLUMNS = List.of("entity", "qid", "finding", "status", "organisation",
            "organisation_qid", "start", "end", "confidence", "detail", "sentence", "article", "url");
    private final Snapshot snapshot;
    private final StatusRoles roles;

    public DiffReport(Snapshot snapshot, StatusRoles roles) {
        this.snapshot = snapshot;
        this.roles = roles;
    }

    /** The memberships per state, then the offices per person. */
    public void text(List<Finding> findings, List<OfficeFinding> offices, PrintStream out) {
        out.println("Wikidata snapshot " + snapshot.file() + " of " + snapshot.modified() + ": "
                + snapshot.size() + " statements on " + snapshot.entities().size() + " entities");
        out.println(findings.size() + " membership statements in the articles: " + counts(findings.stream().map(Finding::kind).toList()));
        Map<String, List<Finding>> byEntity = new LinkedHashMap<>();
        findings.forEach(f -> byEntity.computeIfAbsent(f.fact().stateDisplay(), k -> new ArrayList<>()).add(f));
        byEntity.forEach((entity, list) -> {
            out.println();
            out.println("== " + entity);
            for (Finding f : list) {
                GraphMembership m = f.fact();
                out.println("  " + String.format("%-14s", f.kind().label.toUpperCase()) + label(m.status()) + " of "
                        + m.organisationDisplay() + m.start().map(t -> " from " + t).orElse("")
                        + m.end().map(t -> " to " + t).orElse("") + " (confidence " + m.confidence() + ")");
                out.println("                " + f.detail());
                out.println("                \"" + m.source().sentence() + "\"");
                out.println("                " + m.source().url().orElse(m.source().article()));
            }
        });
        out.println();
        out.println(offices.size() + " offices held in the articles (position held, P39): " + counts(offices.stream().map(OfficeFinding::kind).toList()));
        Map<String, List<OfficeFinding>> byPerson = new LinkedHashMap<>();
        offices.forEach(f -> byPerson.computeIfAbsent(f.fact().holderDisplay(), k -> new ArrayList<>()).add(f));
        byPerson.forEach((person, list) -> {
            out.println();
            out.println("== " + person);
            for (OfficeFinding f : list) {
                GraphOffice o = f.fact();
                out.println("  " + String.format("%-14s", f.kind().label.toUpperCase()) + o.office()
                        + (o.stateName().isEmpty() ? "" : " of " + o.stateDisplay()) + " (confidence " + o.confidence() + ")");
                out.println("                " + f.detail());
                out.println("                \"" + o.source().sentence() + "\"");
                out.println("                " + o.source().url().orElse(o.source().article()));
            }
        });
    }

    private static String counts(List<Finding.Kind> kinds) {
        Map<Finding.Kind, Integer> counts = new EnumMap<>(Finding.Kind.class);
        kinds.forEach(k -> counts.merge(k, 1, Integer::sum));
        return String.join(", ", counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label).toList());
    }

    public void csv(List<Finding> findings, PrintStream out) {
        out.print(String.join(",", COLUMNS) + "\r\n");
        for (Finding f : findings) {
            out.print(String.join(",", row(f).values().stream().map(DiffReport::csvField).toList()) + "\r\n");
        }
    }

    /** The memberships as {@code findings}, the offices as {@code offices}. */
    public void json(List<Finding> findings, List<OfficeFinding> offices, PrintStream out) {
        JsonArray array = new JsonArray();
        for (Finding f : findings) {
            JsonObject o = new JsonObject();
            row(f).forEach(o::put);
            array.add(o);
        }
        JsonArray officeArray = new JsonArray();
        for (OfficeFinding f : offices) {
            JsonObject o = new JsonObject();
            officeRow(f).forEach(o::put);
            officeArray.add(o);
        }
        JsonObject top = new JsonObject();
        top.put("snapshot", snapshot.file().toString());
        top.put("snapshot_modified", snapshot.modified());
        top.put("findings", array);
        top.put("offices", officeArray);
        out.println(JSON.toString(top));
    }

    private Map<String, String> row(Finding f) {
        GraphMembership m = f.fact();
        Map<String, String> row = new LinkedHashMap<>();
        row.put("entity", m.stateName());
        row.put("qid", m.stateQid().orElse(""));
        row.put("finding", f.kind().label);
        row.put("status", label(m.status()));
        row.put("organisation", m.organisationName());
        row.put("organisation_qid", m.organisationQid().orElse(""));
        row.put("start", m.start().map(WikidataTime::toString).orElse(""));
        row.put("end", m.end().map(WikidataTime::toString).orElse(""));
        row.put("confidence", Double.toString(m.confidence()));
        row.put("detail", f.detail());
        row.put("sentence", m.source().sentence());
        row.put("article", m.source().article());
        row.put("url", m.source().url().orElse(""));
        return row;
    }

    private static Map<String, String> officeRow(OfficeFinding f) {
        GraphOffice o = f.fact();
        Map<String, String> row = new LinkedHashMap<>();
        row.put("person", o.holderName());
        row.put("qid", o.holderQid().orElse(""));
        row.put("finding", f.kind().label);
        row.put("office", o.office());
        row.put("state", o.stateName());
        row.put("state_qid", o.stateQid().orElse(""));
        row.put("confidence", Double.toString(o.confidence()));
        row.put("detail", f.detail());
        row.put("sentence", o.source().sentence());
        row.put("article", o.source().article());
        row.put("url", o.source().url().orElse(""));
        return row;
    }

    private String label(String status) {
        return roles.of(status).map(StatusRole::label).orElse(status);
    }

    /** RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
    static String csvField(String value) {
        return value.matches("(?s).*[\",\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
