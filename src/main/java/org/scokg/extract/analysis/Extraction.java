package org.scokg.extract.analysis;

import org.scokg.reference.DateValue;
import org.scokg.reference.Entity;
import org.scokg.vocab.MembershipStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.scokg.article.Article;
import org.scokg.vocab.FactKind;
import org.scokg.vocab.FactKinds;
import org.scokg.vocab.SCO;
import org.scokg.extract.mention.Mention;
import org.scokg.extract.mention.Quantity;

/**
 * Everything found in one article: the facts, each tied to the sentence it came from, the people and
 * meetings they refer to, the entity mentions, and notes where the text and the facts disagree.
 */
public final class Extraction {

    /** Where a fact comes from and how sure the extractor is. */
    public record Source(int sentence, String rule, double confidence) {}

    /** A person of the article: from the gazetteer, or minted from an office title and a name. */
    public record Person(String key, String name, Optional<Entity> entity) {}

    /** A meeting of an organisation; {@code id} is local to the article. */
    public static final class Meeting {
        public final int id;
        public final Entity organisation;
        public DateValue date;
        public DateValue endDate;
        public Entity place;
        public Integer ordinal;
        public String format;
        public final List<Source> sources = new ArrayList<>();

        public Meeting(int id, Entity organisation) {
            this.id = id;
            this.organisation = organisation;
        }
    }

    /** A statement of one of the {@link FactKinds}, with where it comes from. */
    public interface Fact {
        Source source();

        /** The fact as one line of plain text, for listings. */
        String describe();
    }

    public record Status(Entity organisation, Entity state, MembershipStatus status, DateValue since, Source source) implements Fact {
        public String describe() {
            return state.label() + " " + status + " of " + organisation.label() + (since == null ? "" : " since " + since.lexical());
        }
    }

    public record Participation(Meeting meeting, Entity state, MembershipStatus role, Person representative, Source source) implements Fact {
        public String describe() {
            return state.label() + " as " + role + (representative == null ? "" : " (" + representative.name() + ")");
        }
    }

    public record Pledge(Entity pledger, Person announcer, Meeting meeting, Quantity quantity, String timeframe,
                         List<String> topics, String text, Source source) implements Fact {
        public String describe() {
            return pledger.label() + ": " + text
                    + (quantity == null ? "" : " [" + quantity.value().toPlainString() + " " + quantity.unit() + "]")
                    + (timeframe == null ? "" : " [" + timeframe + "]");
        }
    }

    public record Proposal(Entity proposer, Person proposedBy, Meeting meeting, Integer ordinal, String text,
                           Source source) implements Fact {
        public String describe() {
            return (ordinal == null ? "" : ordinal + ". ") + label(proposer) + ": " + text;
        }
    }

    public record Chair(Entity organisation, Entity state, int from, int to, Source source) implements Fact {
        public String describe() {
            return state.label() + " chairs " + organisation.label() + " " + from + "-" + to;
        }
    }

    public record OfficeHolding(Person person, String role, Entity state, Source source) implements Fact {
        public String describe() {
            return person.name() + " " + role + " of " + label(state);
        }
    }

    public record Founding(Entity organisation, List<Entity> founders, DateValue date, Entity renamedTo,
                           Source source) implements Fact {
        public String describe() {
            return organisation.label() + " founded " + (date == null ? "" : date.lexical())
                    + " by " + founders.stream().map(Entity::label).toList()
                    + (renamedTo == null ? "" : ", renamed " + renamedTo.label());
        }
    }

    public record OutcomeDocument(String title, Meeting meeting, Source source) implements Fact {
        public String describe() {
            return title;
        }
    }

    public record Institution(String name, Meeting meeting, Source source) implements Fact {
        public String describe() {
            return name;
        }
    }

    public record Claim(Quantity quantity, Person claimant, String text, Source source) implements Fact {
        public String describe() {
            return quantity.surface() + " = " + quantity.value().toPlainString()
                    + (quantity.unit() == null ? "" : " " + quantity.unit());
        }
    }

    public record QualityNote(String text, Integer expected, Integer found, Source source) implements Fact {
        public String describe() {
            return text;
        }
    }

    public final Article article;
    /** The place of the dateline, when the gazetteer knows it. */
    public Entity dateline;
    public final List<Mention> mentions = new ArrayList<>();
    public final Map<String, Person> people = new LinkedHashMap<>();
    public final List<Meeting> meetings = new ArrayList<>();
    /** The facts by kind (its class); each list below is one of them. */
    private final Map<Resource, List<? extends Fact>> factsByKind = new HashMap<>();
    public final List<Status> statuses = factsOf(SCO.Membership);
    public final List<Participation> participations = factsOf(SCO.Participation);
    public final List<Pledge> pledges = factsOf(SCO.Pledge);
    public final List<Proposal> proposals = factsOf(SCO.Proposal);
    public final List<Chair> chairs = factsOf(SCO.Chairmanship);
    public final List<OfficeHolding> offices = factsOf(SCO.OfficeHolding);
    public final List<Founding> foundings = factsOf(SCO.Founding);
    public final List<OutcomeDocument> documents = factsOf(SCO.OutcomeDocument);
    public final List<Institution> institutions = factsOf(SCO.Institution);
    public final List<Claim> claims = factsOf(SCO.StatisticalClaim);
    public final List<QualityNote> notes = factsOf(SCO.QualityNote);

    public Extraction(Article article) {
        this.article = article;
    }

    /** The list of facts of one kind, made when the extraction is. */
    private <F extends Fact> List<F> factsOf(Resource type) {
        List<F> facts = new ArrayList<>();
        factsByKind.put(FactKinds.standard().get(type).type(), facts);
        return facts;
    }

    /** The facts of one kind; none for a kind kept apart ({@link #mentions}). */
    public List<? extends Fact> facts(FactKind kind) {
        return factsByKind.getOrDefault(kind.type(), List.of());
    }

    /** Meeting and fact counts by kind, in display order, for load summaries. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("meetings", meetings.size());
        for (FactKind kind : FactKinds.standard().all()) {
            kind.countName().ifPresent(name -> counts.put(name, facts(kind).size()));
        }
        return counts;
    }

    private static String label(Entity e) {
        return e == null ? "?" : e.label();
    }
}
