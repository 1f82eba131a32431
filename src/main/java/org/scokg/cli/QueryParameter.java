package org.scokg.cli;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --param NAME=VALUE}: a value typed from its form, bound to a query variable as an RDF term. */
record QueryParameter(String name, RDFNode value) {

    static QueryParameter parse(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new TypeConversionException("--param needs NAME=VALUE, not " + assignment);
        }
        String name = assignment.substring(0, eq);
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new TypeConversionException("'" + name + "' is not a variable name");
        }
        return new QueryParameter(name, value(assignment.substring(eq + 1)));
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

    /** Reads {@code --param} values for picocli, which reports a bad one as a usage error. */
    static final class Converter implements ITypeConverter<QueryParameter> {
        @Override
        public QueryParameter convert(String assignment) {
            return parse(assignment);
        }
    }
}
