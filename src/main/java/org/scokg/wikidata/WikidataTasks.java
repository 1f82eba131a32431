package org.scokg.wikidata;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.scokg.wikidata.diff.Diff;
import org.scokg.wikidata.diff.DiffReport;
import org.scokg.wikidata.diff.Finding;
import org.scokg.wikidata.diff.GraphMemberships;
import org.scokg.wikidata.diff.GraphOffices;
import org.scokg.wikidata.diff.OfficeDiff;
import org.scokg.wikidata.diff.OfficeFinding;
import org.scokg.wikidata.diff.OutletItems;
import org.scokg.wikidata.diff.StatusRoles;
import org.scokg.wikidata.export.ExportPlan;
import org.scokg.wikidata.export.QuickStatementsSyntax;
import org.scokg.wikidata.export.QuickStatementsWriter;
import org.scokg.wikidata.export.WikibaseRdfWriter;
import org.scokg.wikidata.snapshot.QueryServiceClient;
import org.scokg.wikidata.snapshot.ReferenceEntities;
import org.scokg.wikidata.snapshot.Snapshot;
import org.scokg.wikidata.snapshot.SnapshotRefresh;

/**
 * The three jobs of {@code sco wikidata}, for the command line to call: refresh the snapshot, diff
 * the graph against it, export what Wikidata lacks.
 *
 * @param snapshot the snapshot file ({@link Snapshot#DEFAULT})
 * @param roles how Wikidata models each status ({@link StatusRoles#DEFAULT})
 * @param outlets the verified items of outlets ({@link OutletItems#DEFAULT})
 */
public record WikidataTasks(Path snapshot, Path roles, Path outlets) {
    public static final WikidataTasks DEFAULT = new WikidataTasks(Snapshot.DEFAULT, StatusRoles.DEFAULT, OutletItems.DEFAULT);

    /** The report formats of {@code diff}. */
    public enum DiffFormat { TEXT, CSV, JSON }

    /** The output formats of {@code export}. */
    public enum ExportFormat { QUICKSTATEMENTS, RDF }

    /** Takes a new snapshot of the gazetteer's entities from {@code endpoint}; returns the number of statements. */
    public int refresh(URI endpoint, Path reference, int batchSize, LocalDate day) throws IOException, InterruptedException {
        SnapshotRefresh refresh = new SnapshotRefresh(QueryServiceClient.wikidata(endpoint), endpoint.toString(), batchSize);
        Model model = refresh.take(ReferenceEntities.load(reference), StatusRoles.load(roles).properties(), day);
        SnapshotRefresh.write(model, snapshot, day, endpoint.toString());
        return Snapshot.load(snapshot).size();
    }

    public List<Finding> diff(Dataset dataset) {
        StatusRoles statusRoles = StatusRoles.load(roles);
        return new Diff(Snapshot.load(snapshot), statusRoles).compare(GraphMemberships.of(dataset));
    }

    /** The offices the articles state against the snapshot's positions held (P39). */
    public List<OfficeFinding> offices(Dataset dataset) {
        return new OfficeDiff(Snapshot.load(snapshot)).compare(GraphOffices.of(dataset));
    }

    public void printDiff(Dataset dataset, DiffFormat format, PrintStream out) {
        List<Finding> findings = diff(dataset);
        DiffReport report = new DiffReport(Snapshot.load(snapshot), StatusRoles.load(roles));
        switch (format) {
            case TEXT -> report.text(findings, offices(dataset), out);
            case CSV -> report.csv(findings, out);
            case JSON -> report.json(findings, offices(dataset), out);
        }
    }

    /**
     * Writes the export to {@code out} and every fact not exported, with its reason, to {@code err};
     * returns the number of statements written.
     */
    public int export(Dataset dataset, ExportFormat format, double minConfidence, PrintStream out, PrintStream err) {
        ExportPlan.Result plan = new ExportPlan(StatusRoles.load(roles), OutletItems.load(outlets), minConfidence)
                .plan(diff(dataset));
        plan.notExported().forEach(reason -> err.println("not exported: " + reason));
        if (format == ExportFormat.RDF) {
            RDFDataMgr.write(out, WikibaseRdfWriter.model(plan.statements()), Lang.TURTLE);
            return plan.statements().size();
        }
        List<String> lines = QuickStatementsWriter.lines(plan.statements());
        List<String> errors = QuickStatementsSyntax.errors(lines);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the QuickStatements written fail the V1 syntax check: " + errors);
        }
        lines.forEach(out::println);
        return lines.size();
    }
}
