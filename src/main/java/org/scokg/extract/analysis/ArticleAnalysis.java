package org.scokg.extract.analysis;

import org.scokg.reference.Entity;
import org.scokg.reference.EntityKind;
import org.scokg.reference.Gazetteer;
import org.scokg.reference.Names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scokg.article.Article;
import org.scokg.article.Sentence;
import org.scokg.extract.mention.DateAnchor;
import org.scokg.extract.mention.DateFinder;
import org.scokg.extract.mention.DateMention;
import org.scokg.extract.mention.Lexicon;
import org.scokg.extract.mention.Mention;
import org.scokg.extract.mention.MentionFinder;
import org.scokg.extract.mention.Quantity;
import org.scokg.extract.mention.QuantityFinder;
import org.scokg.extract.mention.Token;
import org.scokg.extract.mention.Tokenizer;

/**
 * The shared first pass over an article: words, entity mentions, dates, amounts and people of every
 * sentence, who speaks each quote, and which organisation the article is about.
 */
public final class ArticleAnalysis {
    public final Article article;
    public final Extraction extraction;
    public final List<SentenceAnalysis> sentences = new ArrayList<>();
    /** What the article's incomplete dates are read against: its publication date, or its year. */
    public final DateAnchor dateAnchor;
    /** The focus organisation the article is about, or empty when it is about none of them. */
    public final Optional<Entity> focus;
    public final Gazetteer gazetteer;

    private final Set<String> focusOrganisations;
    /** The state each person serves by a title with a state, from their first such mention. */
    private final Map<Extraction.Person, Entity> titledStates = new HashMap<>();

    public ArticleAnalysis(Article article, Gazetteer gazetteer, Lexicon lexicon, MentionFinder mentionFinder,
                    DateFinder dateFinder, QuantityFinder quantityFinder, PersonFinder personFinder,
                    SpeakerFinder speakerFinder) {
        this.article = article;
        this.gazetteer = gazetteer;
        this.extraction = new Extraction(article);
        this.focusOrganisations = lexicon.words("relevance/focus-organisations");
        this.dateAnchor = dateFinder.anchor(article);
        NamedPeople people = new NamedPeople(extraction.people);
        Set<String> pronouns = lexicon.words("people/personal-pronouns");
        PersonMention lastNamed = null;
        for (Sentence sentence : article.sentences()) {
            List<Token> tokens = Tokenizer.tokens(sentence);
            List<Mention> mentions = mentionFinder.find(article, sentence, tokens);
            List<DateMention> dates = dateFinder.find(sentence, dateAnchor);
            List<Quantity> quantities = quantityFinder.find(sentence).stream()
                    .filter(q -> dates.stream().noneMatch(d -> q.start() < d.end() && d.start() < q.end()))
                    .toList();
            SentenceAnalysis s = new SentenceAnalysis(sentence, tokens, new ArrayList<>(mentions), dates, quantities);
            sentences.add(s);
            personFinder.find(s, people);
            lastNamed = resolvePronouns(s, pronouns, lastNamed);
            // a place or state inside a person's name ("Nursultan Nazarbayev") is no mention of it
            s.mentions.removeIf(m -> !m.is(EntityKind.PERSON) && s.people.stream()
                    .anyMatch(p -> m.start() < p.end() && p.start() < m.end()));
            extraction.mentions.addAll(s.mentions);
        }
        for (SentenceAnalysis s : sentences) {
            for (PersonMention p : s.people) {
                if (p.state() != null) {
                    titledStates.putIfAbsent(p.person(), p.state());
                }
            }
        }
        extraction.dateline = article.datelinePlace().flatMap(this::place).orElse(null);
        speakerFinder.assign(sentences);
        this.focus = findFocus();
    }

    /**
     * "Ia", "dia", "beliau": the person named last before the pronoun, in this sentence or an earlier
     * one. Returns the person named last by the end of the sentence.
     */
    private static PersonMention resolvePronouns(SentenceAnalysis s, Set<String> pronouns, PersonMention lastNamed) {
        List<PersonMention> named = List.copyOf(s.people);
        int next = 0;
        PersonMention last = lastNamed;
        for (Token t : s.tokens) {
            while (next < named.size() && named.get(next).end() <= t.start()) {
                last = named.get(next++);
            }
            if (last != null && pronouns.contains(t.lower())) {
                s.people.add(new PersonMention(s.index(), t.start(), t.end(), last.person(), null, last.state()));
            }
        }
        s.people.sort(java.util.Comparator.comparingInt(PersonMention::start));
        return named.isEmpty() ? lastNamed : named.get(named.size() - 1);
    }

    private Optional<Entity> place(String name) {
        String key = Names.normalize(name);
        return gazetteer.exact(key).stream().map(Gazetteer.Name::entity)
                .filter(e -> e.kind() == EntityKind.CITY || e.kind() == EntityKind.STATE).findFirst()
                .or(() -> gazetteer.fuzzy(key).map(match -> match.getKey().entity())
                        .filter(e -> e.kind() == EntityKind.CITY));
    }

    /**
     * The focus organisation most named in the article, provided no other organisation is named
     * more often: an article about BRICS that mentions the SCO once is not an SCO article.
     */
    private Optional<Entity> findFocus() {
        Map<Entity, Integer> counts = new HashMap<>();
        extraction.mentions.stream().filter(m -> m.is(EntityKind.ORGANISATION))
                .forEach(m -> counts.merge(m.entity(), 1, Integer::sum));
        Optional<Map.Entry<Entity, Integer>> bestFocus = counts.entrySet().stream()
                .filter(e -> isFocus(e.getKey())).max(Map.Entry.comparingByValue());
        int bestOther = counts.entrySet().stream().filter(e -> !isFocus(e.getKey()))
                .mapToInt(Map.Entry::getValue).max().orElse(0);
        return bestFocus.filter(e -> e.getValue() >= bestOther).map(Map.Entry::getKey);
    }

    public boolean isFocus(Entity organisation) {
        return focusOrganisations.contains(organisation.slug());
    }

    /**
     * The organisation a sentence speaks of: a focus organisation it names, else the article's focus
     * when it names no organisation at all; empty when it names only other organisations.
     */
    public Optional<Entity> organisationOf(SentenceAnalysis s) {
        List<Mention> orgs = s.mentionsOf(EntityKind.ORGANISATION);
        Optional<Entity> named = orgs.stream().map(Mention::entity).filter(this::isFocus).findFirst();
        if (named.isPresent()) {
            return focus.isPresent() ? named : Optional.empty();
        }
        return orgs.isEmpty() ? focus : Optional.empty();
    }

    /** The state a person serves: from a title with a state in this article, else from the gazetteer. */
    public Optional<Entity> stateOf(Extraction.Person person) {
        Entity titled = titledStates.get(person);
        if (titled != null) {
            return Optional.of(titled);
        }
        return person.entity().flatMap(Entity::state).flatMap(gazetteer::byIri);
    }
}
