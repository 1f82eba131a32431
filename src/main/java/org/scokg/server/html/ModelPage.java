package org.scokg.server.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * A plain page for a small model with no page of its own (the dataset description, a service
 * description): each named resource as a table of its properties, the blank nodes it leads to
 * written inside it.
 */
public final class ModelPage {
    private ModelPage() {}

    public static String render(Model model, List<String> first, String title, PageContext c, Vocabulary vocabulary,
            Consumer<Html> intro) {
        return Page.render(c, title, head -> {}, h -> {
            h.element("h1", title);
            intro.accept(h);
            Set<Resource> subjects = new LinkedHashSet<>();
            first.forEach(iri -> subjects.add(model.createResource(iri)));
            List<Resource> rest = new ArrayList<>(model.listSubjects().filterKeep(Resource::isURIResource).toList());
            rest.sort(Comparator.comparing(Resource::getURI));
            subjects.addAll(rest);
            for (Resource subject : subjects) {
                if (!model.contains(subject, null)) {
                    continue;
                }
                h.open("section", "id", anchor(subject.getURI()));
                h.open("h2").link(subject.getURI(), Labels.of(model, subject, c.lang())).close("h2");
                h.element("p", subject.getURI(), "class", "iri");
                table(h, subject, c, vocabulary, 0);
                h.close("section");
            }
        });
    }

    private static String anchor(String iri) {
        int hash = iri.indexOf('#');
        return hash >= 0 ? iri.substring(hash + 1) : null;
    }

    private static void table(Html h, Resource subject, PageContext c, Vocabulary vocabulary, int depth) {
        List<Statement> statements = new ArrayList<>(subject.listProperties().toList());
        statements.sort(Comparator.comparing((Statement s) -> vocabulary.label(s.getPredicate().getURI(), c.lang()))
                .thenComparing(s -> s.getObject().toString()));
        h.open("table");
        for (Statement s : statements) {
            h.open("tr").open("th", "scope", "row").link(s.getPredicate().getURI(), vocabulary.label(s.getPredicate().getURI(), c.lang()))
                    .close("th").open("td");
            value(h, s.getObject(), c, vocabulary, depth);
            h.close("td").close("tr");
        }
        h.close("table");
    }

    private static void value(Html h, RDFNode value, PageContext c, Vocabulary vocabulary, int depth) {
        if (value.isAnon()) {
            if (depth < 3) {
                table(h, value.asResource(), c, vocabulary, depth + 1);
            }
        } else if (value.isURIResource()) {
            String iri = value.asResource().getURI();
            String label = Labels.of(value.asResource().getModel(), value.asResource(), c.lang());
            h.link(iri, label.equals(Labels.localName(iri)) && !iri.startsWith(c.addresses().root()) ? iri : label, "title", iri);
        } else {
            Literal literal = value.asLiteral();
            h.element("span", literal.getLexicalForm(), "lang", literal.getLanguage().isEmpty() ? null : literal.getLanguage());
        }
    }
}
