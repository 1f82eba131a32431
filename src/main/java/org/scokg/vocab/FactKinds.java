package org.scokg.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The registry of the kinds of statement: the classes under {@code sco:Fact} in {@code ontology/sco.ttl},
 * and the classes {@code ontology/display.ttl} types {@code display:StatementKind}, each with its display
 * data from {@code display.ttl}, in display order. The extraction's lists and counts, the writer, the
 * listing, and the server's describer, sections and summaries all go through it, so that a new kind is
 * a new class in the ontology and an entry in {@code display.ttl}, not an edit of each of them.
 */
public final class FactKinds {
    static final String ONTOLOGY = "ontology/sco.ttl";
    static final String DISPLAY = "ontology/display.ttl";

    /** Loaded on first use, once: the files are part of the build. */
    private static final class Packaged {
        static final FactKinds KINDS = of(packaged());
    }

    private final List<FactKind> all;
    private final Map<Node, FactKind> byType = new HashMap<>();

    private FactKinds(List<FactKind> all) {
        this.all = List.copyOf(all);
        all.forEach(k -> byType.put(k.type().asNode(), k));
    }

    /** The kinds of the packaged ontology and display configuration. */
    public static FactKinds standard() {
        return Packaged.KINDS;
    }

    /**
     * The kinds of a model holding an ontology and its display configuration together.
     *
     * @throws IllegalArgumentException naming the class and the missing or clashing display data
     */
    public static FactKinds of(Model ontologyAndDisplay) {
        return new FactKinds(new Reader(ontologyAndDisplay).kinds());
    }

    /** Every kind, in display order. */
    public List<FactKind> all() {
        return all;
    }

    /** The kind of a class, if it is one. */
    public Optional<FactKind> of(Resource type) {
        return Optional.ofNullable(byType.get(type.asNode()));
    }

    /** The kind of a class; for code that names a kind of the packaged ontology. */
    public FactKind get(Resource type) {
        return of(type).orElseThrow(() -> new IllegalArgumentException(
                type + " is not a kind of statement in " + ONTOLOGY + " and " + DISPLAY));
    }

    /** Whether a class is one of the kinds: a node typed with it is a statement. */
    public boolean isKind(Node type) {
        return byType.containsKey(type);
    }

    private static Model packaged() {
        Model model = ModelFactory.createDefaultModel();
        for (String file : List.of(ONTOLOGY, DISPLAY)) {
            try (InputStream in = FactKinds.class.getResourceAsStream("/" + file)) {
                if (in == null) {
                    throw new IllegalStateException(file + " is missing from the build; rebuild with mvn package");
                }
                RDFParser.create().source(in).lang(Lang.TURTLE).parse(model);
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": " + e.getMessage(), e);
            }
        }
        return model;
    }

    /** Reads the kinds and their display data from one model, refusing a kind with data missing. */
    private static final class Reader {
        private final Model model;

        Reader(Model model) {
            this.model = model;
        }

        List<FactKind> kinds() {
            List<FactKind> kinds = new ArrayList<>();
            for (Resource type : types()) {
                kinds.add(kind(type));
            }
            kinds.sort(Comparator.comparingInt(FactKind::order));
            unique(kinds, "display:order", k -> String.valueOf(k.order()));
            unique(kinds, "display:pathSegment", FactKind::pathSegment);
            return kinds;
        }

        /** The subclasses of sco:Fact, at any depth, then the other statement kinds. */
        private Set<Resource> types() {
            Set<Resource> types = new LinkedHashSet<>();
            Deque<Resource> pending = new ArrayDeque<>(List.of(SCO.Fact));
            while (!pending.isEmpty()) {
                for (Resource sub : model.listSubjectsWithProperty(RDFS.subClassOf, pending.pop()).toList()) {
                    if (sub.isURIResource() && types.add(sub)) {
                        pending.push(sub);
                    }
                }
            }
            types.addAll(model.listSubjectsWithProperty(RDF.type, Display.StatementKind).toList());
            return types;
        }

        private FactKind kind(Resource type) {
            Statement order = required(type, type, Display.order);
            Statement segment = required(type, type, Display.pathSegment);
            Statement summary = required(type, type, Display.summary);
            Optional<String> countName = Optional.ofNullable(type.getProperty(Display.countName)).map(Statement::getString);
            List<FactKind.ViewpointSection> sectionsOn = new ArrayList<>();
            for (Statement on : type.listProperties(Display.sectionOn).toList()) {
                Resource alternative = on.getResource();
                sectionsOn.add(new FactKind.ViewpointSection(
                        ResourceFactory.createResource(required(type, alternative, Display.viewpoint).getResource().getURI()),
                        section(type, required(type, alternative, Display.section).getResource())));
            }
            sectionsOn.sort(Comparator.comparing(s -> s.viewpoint().getURI()));
            Optional<FactKind.Section> section = Optional.ofNullable(type.getProperty(Display.section))
                    .map(s -> section(type, s.getResource()));
            return new FactKind(ResourceFactory.createResource(type.getURI()), order.getInt(), segment.getString(), countName,
                    text(type, "an rdfs:label in " + ONTOLOGY), section, sectionsOn, summary(type, summary.getObject()));
        }

        private FactKind.Section section(Resource type, Resource section) {
            return new FactKind.Section(required(type, section, Display.anchor).getString(), text(section, "a heading (rdfs:label)"));
        }

        private List<FactKind.SummaryPart> summary(Resource type, RDFNode list) {
            if (!list.canAs(RDFList.class)) {
                throw problem(type, "has a display:summary that is not a list ( [ display:property ... ] ... )");
            }
            List<FactKind.SummaryPart> parts = new ArrayList<>();
            for (RDFNode part : list.as(RDFList.class).asJavaList()) {
                Resource p = part.asResource();
                Optional<FactKind.Text> word = Optional.ofNullable(p.getProperty(Display.word))
                        .map(w -> text(w.getResource(), "a word (rdfs:label)"));
                parts.add(new FactKind.SummaryPart(ResourceFactory.createProperty(required(type, p, Display.property).getResource().getURI()), word));
            }
            return parts;
        }

        /** The rdfs:label of a resource in each language it has. */
        private FactKind.Text text(Resource r, String what) {
            Map<String, String> byLanguage = new LinkedHashMap<>();
            for (Statement s : r.listProperties(RDFS.label).toList()) {
                Literal label = s.getLiteral();
                byLanguage.putIfAbsent(label.getLanguage(), label.getString());
            }
            if (!byLanguage.containsKey(FactKind.Text.FALLBACK)) {
                throw problem(r, "has no English label; give it " + what + " in English (@en) and Indonesian (@id)");
            }
            return new FactKind.Text(Map.copyOf(byLanguage));
        }

        /** The value of {@code p} on {@code r}, the kind itself or a node of its display data. */
        private Statement required(Resource kind, Resource r, Property p) {
            Statement s = r.getProperty(p);
            if (s == null) {
                String where = r.equals(kind) ? "" : "'s " + (r.isURIResource() ? model.shortForm(r.getURI()) : "display data");
                throw problem(kind, where + (where.isEmpty() ? "" : " ") + "has no " + model.shortForm(p.getURI()) + "; add one to " + DISPLAY);
            }
            return s;
        }

        private IllegalArgumentException problem(Resource r, String what) {
            String name = r.isURIResource() ? model.shortForm(r.getURI()) : "a blank node";
            return new IllegalArgumentException(ONTOLOGY + " + " + DISPLAY + ": " + name + (what.startsWith("'") ? "" : " ") + what);
        }

        private void unique(List<FactKind> kinds, String term, Function<FactKind, String> value) {
            Map<String, FactKind> seen = new HashMap<>();
            for (FactKind k : kinds) {
                FactKind other = seen.putIfAbsent(value.apply(k), k);
                if (other != null) {
                    throw problem(k.type(), "has the same " + term + " as " + model.shortForm(other.type().getURI())
                            + " (" + value.apply(k) + "); give each kind its own");
                }
            }
        }
    }
}
