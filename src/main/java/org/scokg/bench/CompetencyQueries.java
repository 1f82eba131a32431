package org.scokg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.scokg.rdf.OntologyNamespace;

/**
 * The competency queries as the project ships them ({@code queries/*.rq} in the jar; not the federated
 * ones, which call Wikidata), ready to be sent to an endpoint: in the database's namespace, with their
 * parameters bound.
 *
 * <p>A parameter is a variable the query tests with {@code BOUND} ({@code ?article}, {@code ?state}):
 * {@code sco query --param} binds it by ARQ's substitution, which a query sent over HTTP cannot ask
 * for. The text sent here is that substitution written out: the value in place of the variable, and
 * {@code BOUND} of it true.
 */
final class CompetencyQueries {
    private static final String DIRECTORY = "/queries";

    private CompetencyQueries() {}

    /** Query name to query text, in the order of the names. */
    static Map<String, String> packaged() {
        URL directory = CompetencyQueries.class.getResource(DIRECTORY);
        if (directory == null) {
            throw new IllegalStateException(DIRECTORY + " is missing from the classpath: rebuild the jar (mvn package)");
        }
        try {
            URI uri = directory.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return read(Path.of(uri));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return read(jar.provider().getPath(uri));
            } catch (FileSystemAlreadyExistsException e) {
                return read(FileSystems.getFileSystem(uri).provider().getPath(uri));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the queries of " + directory, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> read(Path directory) throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> sorted = files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
            for (Path file : sorted) {
                String name = file.getFileName().toString();
                queries.put(name.substring(0, name.length() - ".rq".length()), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return queries;
    }

    /**
     * The query in the database's namespace, with each parameter the query has (a variable under
     * {@code BOUND}) bound to its value from {@code values}; parameters without a value stay unbound
     * (the query's default).
     */
    static String bind(String text, OntologyNamespace namespace, Map<String, Node> values) {
        Query query = QueryFactory.create(namespace.deployedQuery(text));
        Map<Var, Node> parameters = new LinkedHashMap<>();
        Query boundTrue = QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunction1 function, Expr argument) {
                if (function instanceof E_Bound && argument instanceof ExprVar variable && values.containsKey(variable.getVarName())) {
                    parameters.put(variable.asVar(), values.get(variable.getVarName()));
                    return NodeValue.TRUE;
                }
                return super.transform(function, argument);
            }
        });
        return parameters.isEmpty() ? query.serialize() : QueryTransformOps.transform(boundTrue, parameters).serialize();
    }
}
