package org.scokg.server;

import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.scokg.rdf.Prefixes;
import org.scokg.rdf.SCO;

/**
 * Everything the linked-data servlets share for one dataset: the settings, the database and its
 * state, the describer, and what is derived from the data and kept until it changes (the ontology's
 * labels, the JSON-LD context, the dataset description, the home page's lists).
 */
public final class LinkedDataSite {
    private final LinkedDataSettings settings;
    private final DatasetGraph dataset;
    private final DatabaseState state;
    private final ResourceDescriber describer;
    private final Clock clock;
    private final StateCache<Model> ontology = new StateCache<>();
    private final StateCache<Vocabulary> vocabulary = new StateCache<>();
    private final StateCache<JsonObject> context = new StateCache<>();
    private final StateCache<DatasetStatistics> statistics = new StateCache<>();
    private final StateCache<Catalogue> catalogue = new StateCache<>();

    public LinkedDataSite(LinkedDataSettings settings, DatasetGraph dataset, Clock clock) {
        this.settings = settings;
        this.dataset = dataset;
        this.clock = clock;
        this.state = new DatabaseState(dataset, clock);
        this.describer = new ResourceDescriber(dataset, settings.pageSize());
    }

    public LinkedDataSettings settings() {
        return settings;
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    public DatabaseState state() {
        return state;
    }

    public ResourceDescriber describer() {
        return describer;
    }

    public int currentYear() {
        return Year.now(clock).getValue();
    }

    /** The addresses for a request: the root it came in on, and the base (configured, or that root). */
    public Addresses addresses(HttpServletRequest request) {
        String root = PublicRoot.of(request, settings.trustedProxies());
        return new Addresses(root, settings.configuredBase().orElse(root), settings.datasetName());
    }

    /** The prefixes documents are written with: the project's, and those of the documents about documents. */
    public PrefixMapping prefixes(Addresses addresses) {
        return PrefixMapping.Factory.create().setNsPrefixes(Prefixes.standard(addresses.base()))
                .setNsPrefix("void", LinkedDataVocab.VOID)
                .setNsPrefix("sd", LinkedDataVocab.SD)
                .setNsPrefix("foaf", LinkedDataVocab.FOAF)
                .setNsPrefix("dcterms", LinkedDataVocab.DCTERMS)
                .setNsPrefix("xhv", LinkedDataVocab.XHV)
                .setNsPrefix("formats", LinkedDataVocab.FORMATS);
    }

    /**
     * The ontology as the database holds it (the graph named by the ontology's IRI), or as packaged
     * in the jar when the database has no copy; with the packaged file's prefixes either way, so the
     * documents read like the file.
     */
    public Model ontology() {
        return ontology.get(state.current().fingerprint(), () -> {
            Model packaged = packagedOntology();
            Node name = NodeFactory.createURI(SCO.ONTOLOGY_IRI);
            Model stored = Txn.calculateRead(dataset, () -> {
                if (!dataset.containsGraph(name)) {
                    return null;
                }
                Model copy = ModelFactory.createDefaultModel();
                dataset.getGraph(name).find().forEach(copy.getGraph()::add);
                return copy;
            });
            if (stored == null) {
                return packaged;
            }
            stored.setNsPrefixes(packaged.getNsPrefixMap());
            return stored;
        });
    }

    private static Model packagedOntology() {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = LinkedDataSite.class.getResourceAsStream("/ontology/sco.ttl")) {
            if (in != null) {
                RDFParser.create().source(in).lang(Lang.TURTLE).parse(model);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }

    public Vocabulary vocabulary() {
        return vocabulary.get(state.current().fingerprint(), () -> new Vocabulary(ontology()));
    }

    /** The JSON-LD context: the same for every base, since it names the ontology and standard terms only. */
    public JsonObject jsonLdContext() {
        return context.get(state.current().fingerprint(), () -> {
            Map<String, String> prefixes = new LinkedHashMap<>(Prefixes.standard(SCO.DEFAULT_BASE).getNsPrefixMap());
            prefixes.keySet().removeIf(p -> prefixes.get(p).startsWith(SCO.DEFAULT_BASE + "id/"));
            prefixes.put("void", LinkedDataVocab.VOID);
            prefixes.put("sd", LinkedDataVocab.SD);
            prefixes.put("foaf", LinkedDataVocab.FOAF);
            prefixes.put("dcterms", LinkedDataVocab.DCTERMS);
            prefixes.put("xhv", LinkedDataVocab.XHV);
            return JsonLdContext.build(ontology(), prefixes);
        });
    }

    /** Counts of the whole dataset, for its descriptions. */
    public DatasetStatistics statistics() {
        return statistics.get(state.current().fingerprint(), () -> DatasetStatistics.compute(dataset));
    }

    /** The lists of the home page and the sitemap. */
    public Catalogue catalogue() {
        return catalogue.get(state.current().fingerprint(), () -> Catalogue.compute(dataset));
    }

    /** A model with the document prefixes, ready to be filled. */
    public Model newModel(Addresses addresses) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(prefixes(addresses));
        return model;
    }
}
