package org.scokg.cli;

import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/** {@code --param NAME=VALUE}: a value typed from its form, bound to a query variable as an RDF term. */
final class QueryParameters {
    private QueryParameters() {}

    static void parse(String assignment, Map<String, RDFNode> into) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new Options.UsageException("--param needs NAME=VALUE, not " + assignment);
        }
        String name = assignment.substring(0, eq);
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new Options.UsageException("--param: '" + name + "' is not a variable name");
        }
        into.put(name, value(assignment.substring(eq + 1)));
    }

    static RDFNode value(String v) {
        if (v.matches("Q[1-9][0-9]*")) {
            return ResourceFactory.createResource("http://www.wikidata.org/entity/" + v);
        }
        if (v.matches("https?://[^\\s<>\"{}|\\\\^`]+")) {
            return ResourceFactory.createResource(v);
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return ResourceFactory.createTypedLiteral(v, XSDDatatype.XSDdate);
        }
        if (v.matches("-?\\d+")) {
            return ResourceFactory.createTypedLiteral(v, XSDDatatype.XSDinteger);
        }
        return ResourceFactory.createPlainLiteral(v);
    }
}
