package org.scokg.bench.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/** The rows of a competency query as {@code sco query}'s CSV gives them to the shared scorer. */
public final class ResultRows {
    private ResultRows() {}

    /** Each row: variable to normalised cell ({@link CompetencyMatch#norm}), unbound ones empty. */
    public static List<Map<String, String>> of(ResultSet results) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> vars = results.getResultVars();
        while (results.hasNext()) {
            QuerySolution solution = results.next();
            Map<String, String> row = new HashMap<>();
            for (String var : vars) {
                row.put(var, CompetencyMatch.norm(text(solution.get(var))));
            }
            rows.add(row);
        }
        return rows;
    }

    /** An RDF term as SPARQL CSV writes it: the IRI, the lexical form, a blank node label; nothing for unbound. */
    private static String text(RDFNode node) {
        if (node == null) {
            return "";
        }
        if (node.isURIResource()) {
            return node.asResource().getURI();
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : "_:" + node.asResource().getId().getLabelString();
    }
}
