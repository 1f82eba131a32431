package org.scokg.rdf;

import org.scokg.vocab.FactKind;
import org.scokg.vocab.FactKinds;
import org.scokg.vocab.SCO;
import org.scokg.vocab.Schema;
import org.scokg.vocab.Vocab;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.scokg.article.Article;
import org.scokg.article.ArticleMetadata;
import org.scokg.article.Sentence;
import org.scokg.reference.DateValue;
import org.scokg.reference.Entity;
import org.scokg.extract.analysis.Extraction;
import org.scokg.extract.mention.Mention;
import org.scokg.extract.mention.Quantity;

/**
 * Writes one article's {@link Extraction} as the RDF of its named graph: the article and its
 * sentences, every fact as a node with its provenance (the sentence, a confidence, the rule), the
 * meetings and people it mentions, and a mention node for every entity name as written.
 */
public final class ExtractionWriter {
    private static final String ID = "id";
    private static final String EN = "en";

    /** The method that writes each kind of fact, by the record the extractor makes of it. */
    static final Map<Class<?>, BiConsumer<Run, Extraction.Fact>> WRITERS = Map.ofEntries(
            writer(Extraction.Status.class, Run::status),
            writer(Extraction.Participation.class, Run::participation),
            writer(Extraction.Pledge.class, Run::pledge),
            writer(Extraction.Proposal.class, Run::proposal),
            writer(Extraction.Chair.class, Run::chair),
            writer(Extraction.OfficeHolding.class, Run::office),
            writer(Extraction.Founding.class, Run::founding),
            writer(Extraction.OutcomeDocument.class, Run::document),
            writer(Extraction.Institution.class, Run::institution),
            writer(Extraction.Claim.class, Run::claim),
            writer(Extraction.QualityNote.class, Run::note));

    private final Iris iris;

    private static <F extends Extraction.Fact> Map.Entry<Class<?>, BiConsumer<Run, Extraction.Fact>> writer(
            Class<F> type, BiConsumer<Run, F> method) {
        return Map.entry(type, (run, fact) -> method.accept(run, type.cast(fact)));
    }

    public ExtractionWriter(Iris iris) {
        this.iris = iris;
    }

    /** The graph, its vocabulary and reference IRIs moved to the base ({@link Rebase}) as the database holds it. */
    public Model write(Extraction x) {
        return Rebase.model(new Run(x).model, iris);
    }

    private final class Run {
        final Extraction x;
        final Article article;
        final Model model = ModelFactory.createDefaultModel();
        final Resource articleNode;
        final Map<Extraction.Meeting, Resource> meetings = new IdentityHashMap<>();
        final Map<String, Resource> people = new HashMap<>();
        final Map<String, Integer> counters = new HashMap<>();

        Run(Extraction x) {
            this.x = x;
            this.article = x.article;
            model.setNsPrefixes(Prefixes.standard(iris.base()));
            articleNode = model.createResource(iris.article(article));
            writeArticle();
            writeSourceMetadata();
            x.meetings.forEach(this::meeting);
            x.mentions.forEach(this::mention);
            for (FactKind kind : FactKinds.standard().all()) {
                x.facts(kind).forEach(this::write);
            }
        }

        void write(Extraction.Fact fact) {
            BiConsumer<Run, Extraction.Fact> method = WRITERS.get(fact.getClass());
            if (method == null) {
                throw new IllegalStateException("ExtractionWriter has no method for " + fact.getClass().getSimpleName()
                        + "; add one to WRITERS");
            }
            method.accept(this, fact);
        }

        void writeArticle() {
            articleNode.addProperty(RDF.type, SCO.Article)
                    .addProperty(RDFS.label, title(), ID)
                    .addProperty(SCO.contentHash, article.contentHash())
                    .addProperty(SCO.fileName, article.fileName())
                    .addProperty(SCO.body, article.body(), ID);
            if (x.dateline != null) {
                articleNode.addProperty(SCO.dateline, entity(x.dateline));
            }
            article.agency().ifPresent(a -> articleNode.addProperty(SCO.agency, a));
            article.reporter().ifPresent(r -> articleNode.addProperty(SCO.reporter, r));
            article.editor().ifPresent(e -> articleNode.addProperty(SCO.editor, e));
            article.copyrightYear().ifPresent(y -> articleNode.addProperty(SCO.copyrightYear,
                    model.createTypedLiteral(String.valueOf(y), XSDDatatype.XSDgYear)));
            article.relatedHeadlines().forEach(h -> articleNode.addProperty(SCO.relatedHeadline, h, ID));
            for (Sentence s : article.sentences()) {
                model.createResource(iris.sentence(article, s.index()))
                        .addProperty(RDF.type, SCO.Sentence)
                        .addProperty(SCO.inArticle, articleNode)
                        .addLiteral(SCO.sentenceIndex, integer(s.index()))
                        .addLiteral(SCO.startOffset, integer(s.start()))
                        .addLiteral(SCO.endOffset, integer(s.end()))
                        .addProperty(SCO.text, s.text(), ID);
            }
        }

        /**
         * Where and when the article was published and retrieved, as its source says (schema.org terms;
         * the outlet a resource of its own, so that its articles link to it). The language is the
         * declared one, else Indonesian, the only language read.
         */
        void writeSourceMetadata() {
            ArticleMetadata source = article.metadata();
            source.url().ifPresent(u -> articleNode.addProperty(Schema.url, model.createResource(u)));
            String language = source.language().orElse(ID);
            source.title().ifPresent(t -> articleNode.addProperty(Schema.headline, t, language));
            source.outlet().ifPresent(o -> articleNode.addProperty(Schema.publisher,
                    model.createResource(iris.outlet(o)).addProperty(RDF.type, Schema.Organization)
                            .addProperty(Schema.name, o).addProperty(RDFS.label, o)));
            source.published().ifPresent(d -> articleNode.addProperty(Schema.datePublished, date(d)));
            source.retrieved().ifPresent(d -> articleNode.addProperty(SCO.retrievedOn, date(d)));
            articleNode.addProperty(Schema.inLanguage, language);
        }

        Literal date(java.time.LocalDate day) {
            return model.createTypedLiteral(day.toString(), XSDDatatype.XSDdate);
        }

        /** The headline (the source's title, else the one above the dateline), else the first sentence shortened: the article's readable name. */
        String title() {
            if (article.metadata().title().or(article::headline).isPresent()) {
                return article.metadata().title().or(article::headline).get();
            }
            String first = article.sentences().isEmpty() ? article.fileName() : article.sentences().get(0).text();
            return first.length() <= 120 ? first : first.substring(0, 117).replaceAll("\\s+\\S*$", "") + "…";
        }

        /** A statement's node, numbered within its kind, with its type and provenance. */
        Resource fact(Resource type, Extraction.Source source) {
            FactKind kind = FactKinds.standard().get(type);
            int n = counters.merge(kind.pathSegment(), 1, Integer::sum);
            Resource node = model.createResource(iris.statement(kind.pathSegment(), article, n))
                    .addProperty(RDF.type, type)
                    .addProperty(Vocab.wasDerivedFrom, model.createResource(iris.sentence(article, source.sentence())))
                    .addProperty(SCO.extractionRule, source.rule());
            node.addLiteral(SCO.confidence, decimal(java.math.BigDecimal.valueOf(source.confidence())));
            return node;
        }

        Resource entity(Entity e) {
            return model.createResource(iris.entity(e));
        }

        Resource meeting(Extraction.Meeting m) {
            return meetings.computeIfAbsent(m, k -> {
                Resource node = model.createResource(iris.meeting(m.organisation, m.date, m.place, article, m.id))
                        .addProperty(RDF.type, SCO.Meeting)
                        .addProperty(SCO.organisation, entity(m.organisation));
                String place = m.place == null ? "" : ", " + m.place.label();
                String when = m.date == null ? "" : ", " + m.date.lexical();
                node.addProperty(RDFS.label, m.organisation.label() + " meeting" + place + when, EN);
                node.addProperty(RDFS.label, "Pertemuan " + m.organisation.label() + place + when, ID);
                if (m.date != null) {
                    node.addLiteral(SCO.date, date(m.date));
                }
                if (m.endDate != null) {
                    node.addLiteral(SCO.endDate, date(m.endDate));
                }
                if (m.place != null) {
                    node.addProperty(SCO.location, entity(m.place));
                }
                if (m.ordinal != null) {
                    node.addLiteral(SCO.ordinal, integer(m.ordinal));
                }
                if (m.format != null) {
                    node.addProperty(SCO.format, model.createResource(SCO.NS + m.format));
                }
                m.sources.forEach(s -> node.addProperty(Vocab.wasDerivedFrom,
                        model.createResource(iris.sentence(article, s.sentence()))));
                return node;
            });
        }

        Resource person(Extraction.Person p) {
            return people.computeIfAbsent(p.key(), k -> {
                Resource node = model.createResource(p.entity().map(iris::entity).orElse(iris.person(p.key())));
                if (p.entity().isEmpty()) {
                    node.addProperty(RDF.type, SCO.Person).addProperty(RDFS.label, p.name());
                }
                return node;
            });
        }

        void mention(Mention m) {
            Resource node = fact(SCO.Mention, new Extraction.Source(m.sentence(), "gazetteer-" + m.method(),
                    m.method().equals("fuzzy") ? 0.8 : 1.0))
                    .addProperty(SCO.surfaceForm, m.surface())
                    .addProperty(SCO.denotes, entity(m.entity()))
                    .addProperty(SCO.matchMethod, m.method())
                    .addLiteral(SCO.startOffset, integer(m.start()))
                    .addLiteral(SCO.endOffset, integer(m.end()));
            if (m.distance() > 0) {
                node.addLiteral(SCO.editDistance, integer(m.distance()));
            }
        }

        void status(Extraction.Status s) {
            Resource node = fact(SCO.Membership, s.source())
                    .addProperty(SCO.organisation, entity(s.organisation()))
                    .addProperty(SCO.memberState, entity(s.state()))
                    .addProperty(SCO.status, s.status().concept());
            node.addProperty(RDFS.label, s.state().label() + " – " + s.status().notation().replace('_', ' ') + " of "
                    + s.organisation().label(), EN);
            if (s.since() != null) {
                node.addLiteral(SCO.startDate, date(s.since()));
            }
        }

        void participation(Extraction.Participation p) {
            Resource node = fact(SCO.Participation, p.source())
                    .addProperty(SCO.meeting, meeting(p.meeting()))
                    .addProperty(SCO.participant, entity(p.state()));
            node.addProperty(RDFS.label, p.state().label() + " at " + meetingLabel(p.meeting()), EN);
            if (p.role() != null) {
                node.addProperty(SCO.role, p.role().concept());
            }
            if (p.representative() != null) {
                node.addProperty(SCO.representedBy, person(p.representative()));
            }
        }

        void pledge(Extraction.Pledge p) {
            Resource node = fact(SCO.Pledge, p.source())
                    .addProperty(SCO.pledger, entity(p.pledger()))
                    .addProperty(SCO.text, p.text(), ID);
            node.addProperty(RDFS.label, "Pledge by " + p.pledger().label(), EN);
            if (p.meeting() != null) {
                node.addProperty(SCO.meeting, meeting(p.meeting()));
            }
            if (p.announcer() != null) {
                node.addProperty(SCO.announcedBy, person(p.announcer()));
            }
            if (p.quantity() != null) {
                node.addProperty(SCO.quantity, quantity(p.quantity(), p.source()));
            }
            if (p.timeframe() != null) {
                node.addLiteral(SCO.timeframe, model.createTypedLiteral(p.timeframe(), XSDDatatype.XSDduration));
            }
            p.topics().forEach(t -> node.addProperty(SCO.topic, t, ID));
        }

        void proposal(Extraction.Proposal p) {
            Resource node = fact(SCO.Proposal, p.source()).addProperty(SCO.text, p.text(), ID);
            node.addProperty(RDFS.label, "Proposal" + (p.ordinal() != null ? " " + p.ordinal() : "")
                    + (p.proposer() != null ? " by " + p.proposer().label() : ""), EN);
            if (p.proposer() != null) {
                node.addProperty(SCO.proposer, entity(p.proposer()));
            }
            if (p.proposedBy() != null) {
                node.addProperty(SCO.announcedBy, person(p.proposedBy()));
            }
            if (p.ordinal() != null) {
                node.addLiteral(SCO.ordinal, integer(p.ordinal()));
            }
            if (p.meeting() != null) {
                node.addProperty(SCO.meeting, meeting(p.meeting()));
            }
        }

        void chair(Extraction.Chair c) {
            fact(SCO.Chairmanship, c.source())
                    .addProperty(SCO.organisation, entity(c.organisation()))
                    .addProperty(SCO.chairState, entity(c.state()))
                    .addLiteral(SCO.startDate, date(DateValue.ofYear(c.from())))
                    .addLiteral(SCO.endDate, date(DateValue.ofYear(c.to())))
                    .addProperty(RDFS.label, c.state().label() + " chairs " + c.organisation().label() + " "
                            + c.from() + "–" + c.to(), EN);
        }

        void office(Extraction.OfficeHolding o) {
            Resource node = fact(SCO.OfficeHolding, o.source())
                    .addProperty(SCO.holder, person(o.person()))
                    .addProperty(SCO.office, model.createResource(SCO.NS + OfficeConcepts.of(o.role())))
                    .addProperty(SCO.surfaceForm, o.person().name());
            node.addProperty(RDFS.label, o.person().name() + " – " + o.role().replace('_', ' '), EN);
            if (o.state() != null) {
                node.addProperty(SCO.officeState, entity(o.state()));
            }
        }

        void founding(Extraction.Founding f) {
            Resource node = fact(SCO.Founding, f.source())
                    .addProperty(SCO.organisation, entity(f.organisation()))
                    .addProperty(RDFS.label, "Founding of " + f.organisation().label(), EN);
            f.founders().forEach(s -> node.addProperty(SCO.founder, entity(s)));
            if (f.date() != null) {
                node.addLiteral(SCO.date, date(f.date()));
            }
            if (f.renamedTo() != null) {
                node.addProperty(SCO.renamedTo, entity(f.renamedTo()));
            }
        }

        void document(Extraction.OutcomeDocument d) {
            Resource node = fact(SCO.OutcomeDocument, d.source()).addProperty(RDFS.label, d.title(), ID);
            if (d.meeting() != null) {
                node.addProperty(SCO.meeting, meeting(d.meeting()));
            }
        }

        void institution(Extraction.Institution i) {
            Resource node = fact(SCO.Institution, i.source()).addProperty(RDFS.label, i.name(), ID);
            if (i.meeting() != null) {
                node.addProperty(SCO.meeting, meeting(i.meeting()));
            }
        }

        void claim(Extraction.Claim c) {
            Resource node = fact(SCO.StatisticalClaim, c.source())
                    .addProperty(SCO.quantity, quantity(c.quantity(), c.source()))
                    .addProperty(SCO.text, c.text(), ID)
                    .addProperty(RDFS.label, "Claim: " + c.quantity().surface(), ID);
            if (c.claimant() != null) {
                node.addProperty(SCO.claimant, person(c.claimant()));
            }
        }

        void note(Extraction.QualityNote n) {
            Resource node = fact(SCO.QualityNote, n.source()).addProperty(RDFS.comment, n.text(), EN);
            if (n.expected() != null) {
                node.addLiteral(SCO.expectedCount, integer(n.expected()));
            }
            if (n.found() != null) {
                node.addLiteral(SCO.foundCount, integer(n.found()));
            }
            articleNode.addProperty(SCO.qualityNote, node);
        }

        Resource quantity(Quantity q, Extraction.Source source) {
            int n = counters.merge("quantity", 1, Integer::sum);
            Resource node = model.createResource(iris.statement("quantity", article, n))
                    .addProperty(RDF.type, SCO.Quantity)
                    .addLiteral(Vocab.numericValue, decimal(q.value()))
                    .addProperty(SCO.surfaceForm, q.surface());
            if (q.unit() != null && q.unit().startsWith("unit:")) {
                node.addProperty(Vocab.unit, model.createResource(Vocab.UNIT + q.unit().substring(5)));
            } else if (q.unit() != null && q.unit().startsWith("currency:")) {
                node.addProperty(SCO.currency, q.unit().substring(9));
            }
            if (q.approximation() != null) {
                node.addProperty(SCO.approximation, model.createResource(SCO.NS + q.approximation()));
            }
            if (q.countedThing() != null) {
                node.addProperty(SCO.countedThing, q.countedThing(), ID);
            }
            return node;
        }

        String meetingLabel(Extraction.Meeting m) {
            return meeting(m).getProperty(RDFS.label, EN).getString();
        }

        Literal date(DateValue d) {
            XSDDatatype type = d.isFullDate() ? XSDDatatype.XSDdate
                    : d.month() != 0 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear;
            return model.createTypedLiteral(d.lexical(), type);
        }

        /** The canonical form TDB2 stores ("0.8", "1.0"), so a re-read graph is isomorphic to the written one. */
        Literal decimal(java.math.BigDecimal v) {
            return (Literal) model.asRDFNode(org.apache.jena.sparql.expr.NodeValue.makeDecimal(v).asNode());
        }

        Literal integer(int v) {
            return model.createTypedLiteral(java.math.BigInteger.valueOf(v));
        }
    }
}
