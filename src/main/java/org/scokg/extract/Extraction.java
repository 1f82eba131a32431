package org.scokg.extract;

import org.scokg.reference.DateValue;
import org.scokg.reference.Entity;
import org.scokg.vocab.MembershipStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scokg.article.Article;

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

    public record Status(Entity organisation, Entity state, MembershipStatus status, DateValue since, Source source) {}

    public record Participation(Meeting meeting, Entity state, MembershipStatus role, Person representative, Source source) {}

    public record Pledge(Entity pledger, Person announcer, Meeting meeting, Quantity quantity, String timeframe,
                         List<String> topics, String text, Source source) {}

    public record Proposal(Entity proposer, Person proposedBy, Meeting meeting, Integer ordinal, String text,
                           Source source) {}

    public record Chair(Entity organisation, Entity state, int from, int to, Source source) {}

    public record OfficeHolding(Person person, String role, Entity state, Source source) {}

    public record Founding(Entity organisation, List<Entity> founders, DateValue date, Entity renamedTo,
                           Source source) {}

    public record OutcomeDocument(String title, Meeting meeting, Source source) {}

    public record Institution(String name, Meeting meeting, Source source) {}

    public record Claim(Quantity quantity, Person claimant, String text, Source source) {}

    public record QualityNote(String text, Integer expected, Integer found, Source source) {}

    public final Article article;
    /** The place of the dateline, when the gazetteer knows it. */
    public Entity dateline;
    public final List<Mention> mentions = new ArrayList<>();
    public final Map<String, Person> people = new LinkedHashMap<>();
    public final List<Meeting> meetings = new ArrayList<>();
    public final List<Status> statuses = new ArrayList<>();
    public final List<Participation> participations = new ArrayList<>();
    public final List<Pledge> pledges = new ArrayList<>();
    public final List<Proposal> proposals = new ArrayList<>();
    public final List<Chair> chairs = new ArrayList<>();
    public final List<OfficeHolding> offices = new ArrayList<>();
    public final List<Founding> foundings = new ArrayList<>();
    public final List<OutcomeDocument> documents = new ArrayList<>();
    public final List<Institution> institutions = new ArrayList<>();
    public final List<Claim> claims = new ArrayList<>();
    public final List<QualityNote> notes = new ArrayList<>();

    public Extraction(Article article) {
        this.article = article;
    }

    /** Fact counts by kind, for load summaries. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("meetings", meetings.size());
        counts.put("statuses", statuses.size());
        counts.put("participations", participations.size());
        counts.put("pledges", pledges.size());
        counts.put("proposals", proposals.size());
        counts.put("chairs", chairs.size());
        counts.put("offices", offices.size());
        counts.put("foundings", foundings.size());
        counts.put("documents", documents.size());
        counts.put("institutions", institutions.size());
        counts.put("claims", claims.size());
        counts.put("notes", notes.size());
        return counts;
    }
}
