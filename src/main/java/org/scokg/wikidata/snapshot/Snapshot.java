package org.scokg.wikidata.snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.scokg.wikidata.model.Wikidata;
import org.scokg.wikidata.model.WikidataStatement;
import org.scokg.wikidata.model.WikidataTime;

/**
 * The Wikidata statements this graph's facts touch, as read from {@code data/wikidata/snapshot.ttl}
 * (Wikibase RDF: {@code p:}, {@code ps:}, {@code pq:}, {@code pqv:}); dated by the {@code dct:modified}
 * of its description, which names the entities it covers with {@code dct:subject}.
 */
public final class Snapshot {
    public static final Path DEFAULT = Path.of("data/wikidata/snapshot.ttl");
    /** The IRI of the snapshot's own description. */
    public static final String SELF = "urn:x-sco-kg:wikidata-snapshot";

    private final Model model;
    private final Path file;

    private Snapshot(Model model, Path file) {
        this.model = model;
        this.file = file;
    }

    public static Snapshot load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no Wikidata snapshot at " + file
                    + "; take one with: sco wikidata refresh --snapshot " + file);
        }
        return of(RDFDataMgr.loadModel(file.toString()), file);
    }

    /** A snapshot already read (as {@link #load} reads {@code file}). */
    public static Snapshot of(Model model, Path file) {
        return new Snapshot(model, file);
    }

    public Path file() {
        return file;
    }

    /** The day the snapshot was taken. */
    public String modified() {
        Statement s = model.getResource(SELF).getProperty(DCTerms.modified);
        return s == null ? "undated" : s.getString();
    }

    /** The QIDs of the entities the snapshot covers: for them, a statement missing here is missing in Wikidata. */
    public Set<String> entities() {
        Set<String> qids = new TreeSet<>();
        model.getResource(SELF).listProperties(DCTerms.subject)
                .forEachRemaining(s -> qids.add(Wikidata.qid(s.getResource().getURI())));
        return qids;
    }

    public boolean covers(String qid) {
        return model.getResource(SELF).hasProperty(DCTerms.subject, model.createResource(Wikidata.ENTITY + qid));
    }

    public int size() {
        return statements(null, null).size();
    }

    /** The statements of {@code item} with {@code property} (either may be null for any). */
    public List<WikidataStatement> statements(String item, String property) {
        List<WikidataStatement> found = new ArrayList<>();
        model.listStatements(item == null ? null : model.createResource(Wikidata.ENTITY + item), null, (RDFNode) null)
                .forEachRemaining(link -> {
                    String p = link.getPredicate().getURI();
                    if (!p.startsWith(Wikidata.STATEMENT_OF) || p.startsWith(Wikidata.STATEMENT_VALUE)
                            || p.startsWith(Wikidata.QUALIFIER) || !link.getObject().isResource()) {
                        return;
                    }
                    String pid = p.substring(Wikidata.STATEMENT_OF.length());
                    if (!pid.matches("P\\d+") || (property != null && !property.equals(pid))) {
                        return;
                    }
                    Resource node = link.getResource();
                    Statement value = node.getProperty(model.createProperty(Wikidata.STATEMENT_VALUE + pid));
                    if (value != null && value.getObject().isResource()) {
                        found.add(new WikidataStatement(Wikidata.qid(link.getSubject().getURI()), pid,
                                Optional.ofNullable(Wikidata.qid(value.getResource().getURI()))
                                        .orElse(value.getResource().getURI()),
                                item(node, Wikidata.SUBJECT_HAS_ROLE), time(node, Wikidata.START_TIME),
                                time(node, Wikidata.END_TIME)));
                    }
                });
        return found;
    }

    private Optional<String> item(Resource node, String pid) {
        Statement s = node.getProperty(model.createProperty(Wikidata.QUALIFIER + pid));
        return s == null || !s.getObject().isURIResource() ? Optional.empty()
                : Optional.ofNullable(Wikidata.qid(s.getResource().getURI()));
    }

    /** A time qualifier, with its precision from the full value node (pqv:) where the snapshot has it, else days. */
    private Optional<WikidataTime> time(Resource node, String pid) {
        Statement full = node.getProperty(model.createProperty(Wikidata.QUALIFIER_VALUE + pid));
        if (full != null && full.getObject().isResource()) {
            Resource value = full.getResource();
            Statement time = value.getProperty(wikibase("timeValue"));
            Statement precision = value.getProperty(wikibase("timePrecision"));
            if (time != null) {
                return Optional.of(WikidataTime.ofWikibase(time.getLiteral().getLexicalForm(),
                        precision == null ? WikidataTime.DAY : precision.getInt()));
            }
        }
        Statement simple = node.getProperty(model.createProperty(Wikidata.QUALIFIER + pid));
        return simple == null || !simple.getObject().isLiteral() ? Optional.empty()
                : Optional.of(WikidataTime.ofWikibase(simple.getLiteral().getLexicalForm(), WikidataTime.DAY));
    }

    private Property wikibase(String local) {
        return model.createProperty(Wikidata.WIKIBASE + local);
    }

    /** An empty model for a new snapshot, with Wikibase's prefixes. */
    public static Model newModel() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("wd", Wikidata.ENTITY);
        m.setNsPrefix("wdt", Wikidata.DIRECT);
        m.setNsPrefix("p", Wikidata.STATEMENT_OF);
        m.setNsPrefix("ps", Wikidata.STATEMENT_VALUE);
        m.setNsPrefix("pq", Wikidata.QUALIFIER);
        m.setNsPrefix("pqv", Wikidata.QUALIFIER_VALUE);
        m.setNsPrefix("wikibase", Wikidata.WIKIBASE);
        m.setNsPrefix("dct", DCTerms.NS);
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        return m;
    }
}
