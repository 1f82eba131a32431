package org.scokg.extract;

import org.scokg.reference.DateValue;
import org.scokg.reference.Entity;
import org.scokg.reference.EntityKind;
import org.scokg.reference.Gazetteer;
import org.scokg.extract.analysis.ArticleAnalysis;
import org.scokg.extract.analysis.ArticleMeetings;
import org.scokg.extract.mention.DateMention;
import org.scokg.extract.analysis.Evidence;
import org.scokg.extract.analysis.Extraction;
import org.scokg.extract.mention.Lexicon;
import org.scokg.extract.mention.Mention;
import org.scokg.extract.analysis.Rule;
import org.scokg.extract.analysis.SentenceAnalysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds meetings of the focus organisation ("KTT ke-22 SCO di Bishkek, Kyrgyzstan pada 26 Oktober
 * 2023") and merges the mentions of one article that can be the same meeting; the meeting named
 * most often is the article's primary meeting, the one "KTT itu" and the pledges refer to.
 */
final class MeetingRule implements Rule {
    /** A meeting named without a date; a dated one takes the confidence of its date. */
    static final Evidence MEETING = new Evidence("meeting", 0.8);
    private static final Set<String> NOT_EVENT_DATE = Set.of("hingga", "sampai", "sejak", "mulai", "menuju", "menjelang", "visi");
    /** Words before a date that make it the date of the event named in the sentence. */
    private static final Set<String> EVENT_DATE = Set.of("pada", "tanggal", "hari", "digelar", "berlangsung", "diadakan");
    /**
     * Dates that do not date a meeting: a period of years, a whole week ("pekan depan"), a weekday
     * guessed from another date of the text rather than read against the publication date.
     */
    private static final Set<String> UNDATED_KINDS = Set.of("period", "week", "weekday");
    /** The word right after a name, when it is capitalised: "Shanghai Corporation". */
    private static final Pattern NEXT_CAPITALISED = Pattern.compile("[ \\t]+(\\p{Lu}\\p{L}+)");
    private final Set<String> generic;
    /** "pertemuan tersebut", "pertemuan ... itu dihadiri": a generic word that points back to the meeting reported. */
    private final Pattern demonstrative;

    private final Map<String, String> meetingWords;
    private final Map<String, String> formatHints;
    private final Map<String, String> ordinalWords;
    private final Map<String, String> numbers;
    private final Pattern meetingWord;
    private final Pattern formatHint;
    private final Pattern ordinal;
    private final Pattern relative;
    private final Pattern capital;
    private final Pattern placePreposition;
    /** "bertemu di": the place after it is where the meeting named later in the sentence takes place. */
    private final Pattern gatheringAt;
    /** "di", "di kota": the city after it is where something takes place. */
    private final Pattern venuePreposition;
    /** "bahwa", "sebagai": a word after which a city belongs to another clause than the meeting's. */
    private final Pattern clauseOpener;
    private final Set<String> ordinalLinks;
    /** A verb of announcing right after a date, at most a word ("malam") between. */
    private final Pattern announcedAfter;
    private final Gazetteer gazetteer;

    MeetingRule(Lexicon lexicon, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        meetingWords = lexicon.table("meeting/meeting-words");
        formatHints = lexicon.table("meeting/meeting-format-hints");
        ordinalWords = lexicon.table("quantity/ordinals");
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        meetingWord = Pattern.compile("\\b(" + lexicon.alternation("meeting/meeting-words", true) + ")\\b", flags);
        formatHint = Pattern.compile("\\b(" + lexicon.alternation("meeting/meeting-format-hints", true) + ")\\b", flags);
        relative = Pattern.compile("\\b(?:" + lexicon.alternation("meeting/meeting-words", true) + ")\\b[^.,;]{0,40}?\\b"
                + lexicon.alternation("meeting/meeting-relative-words", false) + "\\b", flags);
        // "ke-22", "ketujuh belas" (ke + a number word, tried before the single-word ordinals), "pertama"
        ordinal = Pattern.compile("\\bke-?\\s?(\\d{1,3})\\b|\\bke(" + lexicon.alternation("quantity/numbers", true)
                + ")\\b|\\b(" + lexicon.alternation("quantity/ordinals", true) + ")\\b", flags);
        this.numbers = lexicon.table("quantity/numbers");
        generic = lexicon.words("meeting/generic-meeting-words");
        ordinalLinks = lexicon.words("meeting/ordinal-links");
        announcedAfter = Pattern.compile("\\s*(?:\\p{L}+\\s+)?" + lexicon.alternation("meeting/announcement-verbs", false) + "\\b", flags);
        String pointer = lexicon.alternation("grammar/anaphors", false);
        demonstrative = Pattern.compile("^\\s+" + pointer + "\\b|^[^.;]{0,80}?\\b" + pointer + "\\b(?=\\s*,?\\s+"
                + lexicon.alternation("meeting/meeting-event-verbs", false) + ")", flags);
        capital = Pattern.compile("\\b" + lexicon.alternation("meeting/capital-words", false) + "\\s+$", flags);
        placePreposition = Pattern.compile("(?s).*\\b" + lexicon.alternation("grammar/place-prepositions", false) + "\\s*$", flags);
        String placeNoun = "(?:\\s+" + lexicon.alternation("meeting/place-nouns", false) + ")?";
        gatheringAt = Pattern.compile("(?s).*\\b" + lexicon.alternation("meeting/gathering-verbs", false) + "\\s+"
                + lexicon.alternation("grammar/place-prepositions", false) + placeNoun + "\\s*$", flags);
        clauseOpener = lexicon.wordPattern("meeting/clause-openers");
        venuePreposition = Pattern.compile("(?s).*\\b" + lexicon.alternation("grammar/place-prepositions", false)
                + placeNoun + "\\s*$", flags);
    }

    @Override
    public void apply(ArticleAnalysis a, ArticleMeetings meetings) {
        Map<Integer, Extraction.Meeting> bySentence = new HashMap<>();
        List<Extraction.Meeting> found = find(a, bySentence);
        a.extraction.meetings.addAll(found);
        meetings.found(found, bySentence);
    }

    /** A meeting named in one sentence, before merging. */
    private record Sighting(SentenceAnalysis sentence, Entity organisation, DateMention date, Entity place,
                            Integer ordinal, String format, boolean relative, boolean pointsBack) {
        boolean informative() {
            return date != null || place != null || ordinal != null;
        }
    }

    /**
     * Meetings of the article, primary first; also maps each meeting sentence to its meeting. The
     * primary meeting is the one of the first sighting that is not "the next" or "last year's"
     * meeting; sightings that name nothing ("KTT itu") belong to it. Two sightings are one meeting
     * only on positive evidence: the same place, compatible dates or the same ordinal.
     */
    List<Extraction.Meeting> find(ArticleAnalysis a, Map<Integer, Extraction.Meeting> bySentence) {
        List<Sighting> sightings = new ArrayList<>();
        for (SentenceAnalysis s : a.sentences) {
            sighting(a, s).ifPresent(sightings::add);
        }
        List<Cluster> clusters = new ArrayList<>();
        ClusterIndex index = new ClusterIndex();
        Map<Sighting, Cluster> startedBy = new IdentityHashMap<>();
        Cluster primary = null;
        for (Sighting sighting : sightings) {
            if (!sighting.informative()) {
                continue;
            }
            // "pertemuan tersebut ..." points back: it is the meeting reported, unless it conflicts
            boolean joinsPrimary = sighting.pointsBack() && primary != null && primary.acceptsAll(sighting);
            Optional<Cluster> same = joinsPrimary ? Optional.of(primary) : index.candidates(sighting).stream()
                    .filter(c -> c.acceptsAll(sighting) && c.corroboratedBy(sighting))
                    .findFirst();
            if (same.isPresent()) {
                same.get().add(sighting);
                index.update(same.get(), sighting);
            } else {
                Cluster created = new Cluster(clusters.size(), sighting.relative());
                created.add(sighting);
                clusters.add(created);
                startedBy.put(sighting, created);
                index.update(created, sighting);
                if (primary == null && !sighting.relative()) {
                    primary = created;
                }
            }
        }
        for (Sighting sighting : sightings) {
            boolean onlyOrdinal = sighting.ordinal() != null && sighting.date() == null && sighting.place() == null;
            if (onlyOrdinal && primary != null && !sighting.relative()
                    && primary.acceptsAll(sighting) && !primary.contains(sighting)) {
                // the sighting leaves a cluster of its own; one shared with others keeps it too
                Cluster own = startedBy.get(sighting);
                if (own != null && own.isOnly(sighting)) {
                    own.dropped = true;
                }
                primary.add(sighting);
            }
        }
        joinVenueToDate(clusters);
        for (Sighting sighting : sightings) {
            if (!sighting.informative() && !sighting.relative()) {
                if (primary == null) {
                    primary = new Cluster(clusters.size(), false);
                    clusters.add(primary);
                }
                if (primary.sightings.isEmpty() || primary.sightings.get(0).organisation().equals(sighting.organisation())) {
                    primary.add(sighting);
                }
            }
        }
        List<Cluster> ordered = new ArrayList<>();
        if (primary != null) {
            ordered.add(primary);
        }
        for (Cluster c : clusters) {
            if (!c.dropped && c != primary) {
                ordered.add(c);
            }
        }
        List<Extraction.Meeting> meetings = new ArrayList<>();
        for (Cluster c : ordered) {
            List<Sighting> cluster = c.sightings;
            Extraction.Meeting meeting = merge(meetings.size(), cluster);
            if (c == primary && meeting.date == null) {
                leadDate(a, cluster.get(0).sentence()).ifPresent(carried -> {
                    meeting.date = carried.date().value();
                    meeting.sources.add(new Extraction.Source(carried.sentence().index(), "meeting",
                            Math.min(carried.date().confidence(), CARRIED_DATE)));
                });
            }
            boolean wellDefined = meeting.date != null && (meeting.date.isFullDate() || meeting.place != null);
            // another meeting than the one reported needs more than one passing sighting
            boolean corroborated = cluster.size() > 1 || meeting.ordinal != null
                    || cluster.get(0).date() != null && meeting.place != null && datedAsEvent(cluster.get(0).date());
            if (c == primary || wellDefined && corroborated) {
                meetings.add(meeting);
                cluster.forEach(s -> bySentence.putIfAbsent(s.sentence().index(), meeting));
            }
        }
        return meetings;
    }

    /**
     * A meeting named by its venue only ("KTT SCO di Samarkand") and one named by its full date without
     * a venue ("KTT SCO yang digelar pada 15-18 September 2022 itu", "sesi Dewan Kepala Negara Ke-22, Jumat
     * lalu") are one meeting when nothing in them conflicts and no other meeting of the text could take
     * that date: a report names its summit's venue in one sentence and its date in another.
     */
    private static void joinVenueToDate(List<Cluster> clusters) {
        for (Cluster venue : clusters) {
            if (venue.dropped || venue.relative || venue.dated() || !venue.placed()) {
                continue;
            }
            List<Cluster> dated = clusters.stream()
                    .filter(c -> c != venue && !c.dropped && !c.relative && c.fullyDated() && !c.placed())
                    .filter(c -> c.sightings.stream().allMatch(venue::acceptsAll))
                    .toList();
            if (dated.size() == 1 && venue.sightings.stream().allMatch(s -> yearsAgree(s.sentence(), dated.get(0)))) {
                // the one named first keeps the meeting: the primary is never given away
                Cluster kept = dated.get(0).order < venue.order ? dated.get(0) : venue;
                Cluster joined = kept == venue ? dated.get(0) : venue;
                joined.sightings.forEach(kept::add);
                joined.dropped = true;
            }
        }
    }

    /** "Tahun lalu di sela-sela KTT di Uzbekistan": a year the venue's sentence gives that is not the date's. */
    private static boolean yearsAgree(SentenceAnalysis venueSentence, Cluster dated) {
        int year = dated.distinct.keySet().stream().filter(sig -> sig.date() != null).findFirst().orElseThrow().date().year();
        return venueSentence.dates.stream().allMatch(d -> d.value().year() == year);
    }

    /** What {@link #compatible} and {@link #corroborates} look at: sightings alike in it are alike to them. */
    private record Signature(Entity organisation, DateValue date, DateValue last, Integer ordinal, Entity place,
                             boolean pointsBack) {
        static Signature of(Sighting s) {
            return new Signature(s.organisation(), s.date() == null ? null : s.date().value(),
                    s.date() == null ? null : s.date().last(), s.ordinal(), s.place(), s.pointsBack());
        }
    }

    /**
     * The sightings taken for one meeting. Checks a new sighting against one member of each
     * signature only: a meeting named in every paragraph of a long text is named the same way
     * again and again, so the check stays short however long the text.
     */
    private static final class Cluster {
        final int order;
        final boolean relative;
        final List<Sighting> sightings = new ArrayList<>();
        final Map<Signature, Sighting> distinct = new LinkedHashMap<>();
        final Set<Sighting> members = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean dropped;

        Cluster(int order, boolean relative) {
            this.order = order;
            this.relative = relative;
        }

        void add(Sighting s) {
            sightings.add(s);
            members.add(s);
            distinct.putIfAbsent(Signature.of(s), s);
        }

        boolean contains(Sighting s) {
            return members.contains(s);
        }

        boolean isOnly(Sighting s) {
            return sightings.size() == 1 && sightings.get(0) == s;
        }

        boolean dated() {
            return distinct.keySet().stream().anyMatch(sig -> sig.date() != null);
        }

        boolean placed() {
            return distinct.keySet().stream().anyMatch(sig -> sig.place() != null);
        }

        boolean fullyDated() {
            return distinct.keySet().stream().anyMatch(sig -> sig.date() != null && sig.date().isFullDate());
        }

        boolean acceptsAll(Sighting s) {
            return distinct.values().stream().allMatch(o -> compatible(o, s));
        }

        boolean corroboratedBy(Sighting s) {
            return distinct.values().stream().anyMatch(o -> corroborates(o, s));
        }
    }

    /**
     * Clusters by what can make a sighting join them, so a sighting is checked against the few
     * clusters that can take it, not every meeting the text named before. A cluster a sighting joins
     * corroborates it (both dated, both placed or both numbered) and is compatible with it, so:
     * dated both, its dates are in the sighting's month or the month next to it (same day, a
     * range, a summit over a month's end) or are known to the year only, and for a sighting known
     * to the year only, in its year;
     * placed both, it has that place, or the state of that city, or for a state one of its cities;
     * numbered both, it has that number. Undated clusters are listed apart, for dated sightings
     * that join them by place or number.
     */
    private static final class ClusterIndex {
        private record Key(String kind, Entity organisation, boolean relative, Object value) {}

        /** A month of a year; month 0 for a date known to the year only. */
        private record YearMonthKey(int year, int month) {
            static YearMonthKey of(int year, int month) {
                return new YearMonthKey(year, month);
            }

            YearMonthKey plus(int months) {
                int index = year * 12 + (month - 1) + months;
                return new YearMonthKey(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
            }
        }

        private final Map<Key, Set<Cluster>> byKey = new HashMap<>();

        void update(Cluster c, Sighting s) {
            Entity org = s.organisation();
            boolean dated = c.dated();
            if (s.date() != null) {
                DateValue d = s.date().value();
                put(new Key("year", org, c.relative, d.year()), c);
                put(new Key("month", org, c.relative, YearMonthKey.of(d.year(), d.month())), c);
            }
            if (s.place() != null) {
                put(new Key("place", org, c.relative, s.place().iri()), c);
                put(new Key("region", org, c.relative, region(s.place())), c);
            }
            if (s.ordinal() != null) {
                put(new Key("ordinal", org, c.relative, s.ordinal()), c);
            }
            // undated lists: a cluster leaves them when it gets a date
            for (Sighting o : c.distinct.values()) {
                for (Key k : undatedKeys(o, c.relative)) {
                    if (dated) {
                        Set<Cluster> set = byKey.get(k);
                        if (set != null) {
                            set.remove(c);
                        }
                    } else {
                        put(k, c);
                    }
                }
            }
        }

        private static List<Key> undatedKeys(Sighting o, boolean relative) {
            List<Key> keys = new ArrayList<>();
            if (o.place() != null) {
                keys.add(new Key("undated-place", o.organisation(), relative, o.place().iri()));
                keys.add(new Key("undated-region", o.organisation(), relative, region(o.place())));
            }
            if (o.ordinal() != null) {
                keys.add(new Key("undated-ordinal", o.organisation(), relative, o.ordinal()));
            }
            return keys;
        }

        private void put(Key k, Cluster c) {
            byKey.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(c);
        }

        /** The clusters that may take {@code s}, oldest first; a superset of those that will. */
        List<Cluster> candidates(Sighting s) {
            Entity org = s.organisation();
            boolean rel = s.relative();
            String prefix = s.date() != null ? "undated-" : "";
            Set<Cluster> found = new HashSet<>();
            if (s.date() != null) {
                DateValue d = s.date().value();
                if (d.month() == 0) {
                    addAll(found, new Key("year", org, rel, d.year()));
                } else {
                    addAll(found, new Key("month", org, rel, YearMonthKey.of(d.year(), 0)));
                    for (int step = -1; step <= 1; step++) {
                        addAll(found, new Key("month", org, rel, YearMonthKey.of(d.year(), d.month()).plus(step)));
                    }
                }
            }
            if (s.place() != null) {
                addAll(found, new Key(prefix + "place", org, rel, s.place().iri()));
                if (s.place().kind() == EntityKind.STATE) {
                    addAll(found, new Key(prefix + "region", org, rel, region(s.place())));
                } else {
                    s.place().state().ifPresent(state -> addAll(found, new Key(prefix + "place", org, rel, state)));
                }
            }
            if (s.ordinal() != null) {
                addAll(found, new Key(prefix + "ordinal", org, rel, s.ordinal()));
            }
            List<Cluster> sorted = new ArrayList<>(found);
            sorted.sort(Comparator.comparingInt(c -> c.order));
            return sorted;
        }

        private void addAll(Set<Cluster> found, Key k) {
            found.addAll(byKey.getOrDefault(k, Set.of()));
        }

        /** The state a place is in, or the place itself. */
        private static String region(Entity place) {
            return place.kind() == EntityKind.STATE ? place.iri() : place.state().orElse(place.iri());
        }
    }

    /**
     * A city name followed by a capitalised word that no mention or date claims opens a longer proper name
     * ("KTT Shanghai Corporation Organisation", a misspelt organisation), so it names no venue.
     */
    private static boolean opensLongerName(SentenceAnalysis s, Mention city) {
        int next = s.local(city.end());
        String rest = s.text().substring(Math.min(next, s.text().length()));
        Matcher word = NEXT_CAPITALISED.matcher(rest);
        if (!word.lookingAt()) {
            return false;
        }
        int at = city.end() + word.start(1);
        return s.mentions.stream().noneMatch(m -> m.start() == at) && s.dates.stream().noneMatch(d -> d.start() == at);
    }

    private Optional<Sighting> sighting(ArticleAnalysis a, SentenceAnalysis s) {
        Matcher m = meetingWord.matcher(s.text());
        String format = null;
        boolean found = false;
        boolean anyPointsBack = false;
        int firstWordAt = -1;
        while (m.find()) {
            String value = meetingWords.get(Lexicon.key(m.group(1)));
            boolean generic = this.generic.contains(m.group(1).toLowerCase());
            boolean pointsBack = demonstrative.matcher(s.text().substring(m.end())).find();
            if (generic && s.mentionsOf(EntityKind.ORGANISATION).isEmpty() && format == null && !pointsBack) {
                continue;
            }
            found = true;
            anyPointsBack |= pointsBack;
            firstWordAt = firstWordAt < 0 ? m.start() : firstWordAt;
            if (!"meeting".equals(value)) {
                format = value;
            }
        }
        if (!found) {
            return Optional.empty();
        }
        Optional<Entity> organisation = a.organisationOf(s);
        if (organisation.isEmpty()) {
            return Optional.empty();
        }
        if (format == null) {
            Matcher h = formatHint.matcher(s.text());
            if (h.find()) {
                format = formatHints.get(Lexicon.key(h.group(1)));
            }
        }
        DateMention date = s.dates.stream()
                .filter(d -> !UNDATED_KINDS.contains(d.kind())
                        && !NOT_EVENT_DATE.contains(d.preposition()) && !datesReport(s, d))
                .filter(d -> d.value().isFullDate() || d.value().month() != 0 || adjacentToMeetingWord(s, d))
                .findFirst().orElse(null);
        // the venue is named after the meeting word: "KTT SCO di Bishkek", "KTT Qingdao"
        int after = s.sentence.start() + firstWordAt;
        Entity place = s.mentionsOf(EntityKind.CITY).stream().filter(c -> c.start() >= after)
                .filter(c -> !opensLongerName(s, c) && namesVenue(s, c, after)).map(Mention::entity).findFirst()
                .or(() -> s.mentionsOf(EntityKind.STATE).stream().filter(st -> st.start() >= after)
                        .filter(st -> capital.matcher(s.between(s.sentence.start(), st.start())).find())
                        .map(Mention::entity).findFirst().flatMap(gazetteer::capitalOf))
                .orElseGet(() -> s.mentionsOf(EntityKind.STATE).stream().filter(st -> st.start() >= after)
                        .filter(st -> placePreposition.matcher(s.between(s.sentence.start(), st.start())).matches())
                        .map(Mention::entity).findFirst()
                        .or(() -> s.mentionsOf(EntityKind.CITY).stream().filter(c -> c.start() < after)
                                .filter(c -> gatheringAt.matcher(s.between(s.sentence.start(), c.start())).matches())
                                .map(Mention::entity).findFirst())
                        .orElse(null));
        Integer ordinalNumber = null;
        Matcher o = ordinal.matcher(s.text());
        while (o.find()) {
            if (numbersMeeting(s.text(), o.start())) {
                ordinalNumber = o.group(1) != null ? Integer.valueOf(o.group(1))
                        : o.group(2) != null ? Integer.valueOf(numbers.get(Lexicon.key(o.group(2))))
                        : Integer.valueOf(ordinalWords.get(Lexicon.key(o.group(3))));
                break;
            }
        }
        return Optional.of(new Sighting(s, organisation.get(), date, place, ordinalNumber, format,
                relative.matcher(s.text()).find(), anyPointsBack));
    }

    /**
     * A city after the meeting word is its venue when a place preposition introduces it ("KTT SCO yang
     * digelar di kota Tianjin") or no word opening another clause stands between them ("KTT Qingdao", "KTT
     * virtual yang dipimpin Modi dari New Delhi"); not a city in a clause of its own ("pertemuan puncak
     * yang dianggap Putin sebagai pertanda bahwa Moskow ...").
     */
    private boolean namesVenue(SentenceAnalysis s, Mention city, int meetingWordAt) {
        return venuePreposition.matcher(s.between(s.sentence.start(), city.start())).matches()
                || !clauseOpener.matcher(s.between(meetingWordAt, city.start())).find();
    }

    /**
     * An ordinal numbers the meeting series only right after a meeting word, with at most names
     * between ("KTT ke-22", "KTT Organisasi Kerja Sama Shanghai (SCO) ke-25", "KTT SCO yang ke-24"):
     * not "untuk kelima kalinya ... KTT", not "KTT ... peringatan ke-20".
     */
    private boolean numbersMeeting(String text, int ordinalAt) {
        Matcher m = meetingWord.matcher(text).region(0, ordinalAt);
        int lastEnd = -1;
        while (m.find()) {
            lastEnd = m.end();
        }
        if (lastEnd < 0) {
            return false;
        }
        String between = text.substring(lastEnd, ordinalAt);
        if (between.matches("(?s).*[,.;:].*")) {
            return false;
        }
        for (String word : between.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !Character.isUpperCase(word.codePointAt(0)) && !ordinalLinks.contains(word.toLowerCase())) {
                return false;
            }
        }
        return true;
    }

    /** "Kementerian ... pada Jumat (22/8) mengumumkan ... akan menghadiri KTT SCO": the date of the announcement. */
    private boolean datesReport(SentenceAnalysis s, DateMention d) {
        return announcedAfter.matcher(s.text().substring(Math.min(s.text().length(), s.local(d.end())))).lookingAt();
    }

    private boolean adjacentToMeetingWord(SentenceAnalysis s, DateMention d) {
        String before = s.between(Math.max(s.sentence.start(), d.start() - 30), d.start());
        return d.preposition().equals("pada") || d.preposition().equals("tahun")
                || meetingWord.matcher(before).find();
    }

    private static boolean compatible(Sighting a, Sighting b) {
        if (!a.organisation().equals(b.organisation())) {
            return false;
        }
        if (a.date() != null && b.date() != null && !datesCompatible(a.date(), b.date())
                && !(daysApart(a.date(), b.date()) <= MULTI_DAY && sharesVenueOrNumber(a, b))) {
            return false;
        }
        if (a.ordinal() != null && b.ordinal() != null && !a.ordinal().equals(b.ordinal())) {
            return false;
        }
        return a.place() == null || b.place() == null || samePlace(a.place(), b.place());
    }

    private static boolean datedAsEvent(DateMention d) {
        return EVENT_DATE.contains(d.preposition()) || d.surface().contains("(");
    }

    /** A date of another sentence than the meeting's. */
    private record Carried(SentenceAnalysis sentence, DateMention date) {}

    /** A date carried from the sentence before the one naming the meeting is a reading, not a statement. */
    private static final double CARRIED_DATE = 0.7;

    /**
     * The date of the event a meeting sentence goes on with ("Xi berjanji pada Senin (1/9) ...". "Xi
     * menyampaikan janji tersebut saat berpidato pada Pertemuan ke-25 ..."): the last full date, dated
     * as an event, of the sentences before it in its paragraph or the paragraph before.
     */
    private Optional<Carried> leadDate(ArticleAnalysis a, SentenceAnalysis first) {
        for (int i = first.index() - 1; i >= 0; i--) {
            SentenceAnalysis before = a.sentences.get(i);
            if (before.sentence.paragraph() < first.sentence.paragraph() - 1) {
                break;
            }
            List<DateMention> dates = before.dates.stream()
                    .filter(d -> d.value().isFullDate() && !UNDATED_KINDS.contains(d.kind())
                            && !NOT_EVENT_DATE.contains(d.preposition()) && datedAsEvent(d))
                    .toList();
            if (!dates.isEmpty()) {
                return Optional.of(new Carried(before, dates.get(dates.size() - 1)));
            }
        }
        return Optional.empty();
    }

    /** A summit lasts a few days: "dibuka pada Kamis, 10 Juni" and "ditutup Jumat, 11 Juni" are one meeting. */
    private static final int MULTI_DAY = 3;

    private static long daysApart(DateMention a, DateMention b) {
        if (!a.value().isFullDate() || !b.value().isFullDate()) {
            return Long.MAX_VALUE;
        }
        return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(day(a.value()), day(b.value())));
    }

    private static java.time.LocalDate day(DateValue v) {
        return java.time.LocalDate.of(v.year(), v.month(), v.day());
    }

    private static boolean sharesVenueOrNumber(Sighting a, Sighting b) {
        return a.place() != null && b.place() != null && samePlace(a.place(), b.place())
                || a.ordinal() != null && a.ordinal().equals(b.ordinal())
                || a.pointsBack() || b.pointsBack();
    }

    /** Same day, or one date inside the other's range ("3-4 Juli" and "Kamis (4/7)"). */
    private static boolean datesCompatible(DateMention a, DateMention b) {
        return a.value().compatible(b.value()) || within(a, b) || within(b, a);
    }

    private static boolean within(DateMention range, DateMention day) {
        if (range.last() == null || !day.value().isFullDate() || !range.value().isFullDate()) {
            return false;
        }
        String d = day.value().lexical();
        return d.compareTo(range.value().lexical()) >= 0 && d.compareTo(range.last().lexical()) <= 0;
    }

    /** Whether two sightings share something that identifies a meeting, not merely lack conflicts. */
    private static boolean corroborates(Sighting a, Sighting b) {
        return a.date() != null && b.date() != null
                || a.place() != null && b.place() != null
                || a.ordinal() != null && b.ordinal() != null;
    }

    private static boolean samePlace(Entity a, Entity b) {
        return a.equals(b)
                || a.kind() == EntityKind.STATE && b.state().map(a.iri()::equals).orElse(false)
                || b.kind() == EntityKind.STATE && a.state().map(b.iri()::equals).orElse(false);
    }

    private static Extraction.Meeting merge(int id, List<Sighting> cluster) {
        Extraction.Meeting meeting = new Extraction.Meeting(id, cluster.get(0).organisation());
        for (Sighting s : cluster) {
            if (s.date() != null) {
                DateValue first = s.date().value();
                DateValue last = s.date().last() != null ? s.date().last() : first;
                if (meeting.date == null || !first.isFullDate() && !meeting.date.isFullDate()) {
                    meeting.date = meeting.date == null ? first : meeting.date.moreSpecific(first);
                } else if (first.isFullDate() && (!meeting.date.isFullDate() || first.lexical().compareTo(meeting.date.lexical()) < 0)) {
                    meeting.date = first;
                }
                if (last.isFullDate() && meeting.date.isFullDate() && last.lexical().compareTo(meeting.date.lexical()) > 0
                        && (meeting.endDate == null || last.lexical().compareTo(meeting.endDate.lexical()) > 0)) {
                    meeting.endDate = last;
                }
            }
            if (s.place() != null && (meeting.place == null || meeting.place.kind() == EntityKind.STATE)) {
                meeting.place = s.place();
            }
            if (s.ordinal() != null && meeting.ordinal == null) {
                meeting.ordinal = s.ordinal();
            }
            if (s.format() != null && (meeting.format == null || s.format().equals("ScoPlus"))) {
                meeting.format = s.format();
            }
            meeting.sources.add((s.date() != null ? MEETING.withConfidence(s.date().confidence()) : MEETING)
                    .at(s.sentence()));
        }
        return meeting;
    }
}
