package org.scokg.server.ld;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.scokg.vocab.SCO;
import org.scokg.vocab.Vocab;

/**
 * A statement node of a description as a page shows it: its kind, and where it comes from (the
 * sentence, its text, the article, the article's year). The parts are read from the description,
 * which the describer filled with exactly these.
 */
public record FactView(Resource node, Resource type, Resource sentence, String quote, Integer sentenceIndex,
        Resource article, Integer articleYear, String confidence) {

    public static List<FactView> all(Model model, Resource except) {
        List<FactView> facts = new ArrayList<>();
        for (Resource node : model.listSubjectsWithProperty(RDF.type).toList()) {
            if (!node.isURIResource() || node.equals(except)) {
                continue;
            }
            Resource type = statementType(node);
            if (type != null) {
                facts.add(of(node, type));
            }
        }
        return facts;
    }

    public static Resource statementType(Resource node) {
        for (Statement s : node.listProperties(RDF.type).toList()) {
            if (s.getObject().isURIResource() && ResourceDescriber.STATEMENT_TYPES.contains(s.getObject().asNode())) {
                return s.getResource();
            }
        }
        return null;
    }

    public static FactView of(Resource node, Resource type) {
        Resource sentence = resource(node, Vocab.wasDerivedFrom);
        if (sentence != null && !sentence.hasProperty(SCO.text) && !sentence.hasProperty(RDF.type, SCO.Sentence)) {
            sentence = null; // derived from the curated reference data, not from a sentence
        }
        String quote = null;
        Integer index = null;
        Resource article = null;
        Integer year = null;
        if (sentence != null) {
            quote = sentence.hasProperty(SCO.text) ? sentence.getProperty(SCO.text).getString() : null;
            index = sentence.hasProperty(SCO.sentenceIndex) ? sentence.getProperty(SCO.sentenceIndex).getInt() : null;
            article = resource(sentence, SCO.inArticle);
            if (article != null && article.hasProperty(SCO.copyrightYear)) {
                year = yearOf(article.getProperty(SCO.copyrightYear).getObject());
            }
        }
        String confidence = node.hasProperty(SCO.confidence) ? node.getProperty(SCO.confidence).getString() : null;
        return new FactView(node, type, sentence, quote, index, article, year, confidence);
    }

    static Resource resource(Resource node, org.apache.jena.rdf.model.Property property) {
        Statement s = node.getProperty(property);
        return s != null && s.getObject().isResource() ? s.getResource() : null;
    }

    /** The year of an xsd:date, xsd:gYear or integer literal; null when it has none. */
    public static Integer yearOf(RDFNode value) {
        if (value == null || !value.isLiteral()) {
            return null;
        }
        String lexical = value.asLiteral().getLexicalForm().trim();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^-?(\\d{4})").matcher(lexical);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    public boolean isA(Resource kind) {
        return type.equals(kind);
    }
}
