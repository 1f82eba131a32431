package org.scokg.extract;

import java.util.ArrayList;
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
final class MeetingRule {
    private static final Set<String> NOT_EVENT_DATE = Set.of("hingga", "sampai", "sejak", "mulai", "menuju", "menjelang", "visi");
    /** Words before a date that make it the date of the event named in the sentence. */
    private static final Set<String> EVENT_DATE = Set.of("pada", "tanggal", "hari", "digelar", "berlangsung", "diadakan");
    private static final Set<String> GENERIC = Set.of("pertemuan", "sidang", "rapat");
    /** "pertemuan tersebut", "pertemuan ... itu": a generic word that points back to the meeting reported. */
    private static final Pattern DEMONSTRATIVE = Pattern.compile("^\\s+(?:itu|tersebut|ini)\\b|^[^.;]{0,80}?\\b(?:itu|tersebut)\\b(?=\\s*,?\\s+(?:dihadiri|dipimpin|berlangsung|digelar|diadakan|dibuka|ditutup|diikuti))");

    private final Map<String, String> meetingWords;
    private final Map<String, String> formatHints;
    private final Map<String, String> ordinalWords;
    private final Map<String, String> numbers;
    private final Pattern meetingWord;
    private final Pattern formatHint;
    private final Pattern ordinal;
    private final Pattern relative;
    private final Pattern capital = Pattern.compile("\\bibu\\s*kota\\s+(?:negara\\s+)?$", Pattern.CASE_INSENSITIVE);
    private final Gazetteer gazetteer;

    MeetingRule(Lexicon lexicon, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        meetingWords = lexicon.table("meeting-words");
        formatHints = lexicon.table("meeting-format-hints");
        ordinalWords = lexicon.table("ordinals");
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        meetingWord = Pattern.compile("\\b(" + lexicon.alternation("meeting-words", true) + ")\\b", flags);
        formatHint = Pattern.compile("\\b(" + lexicon.alternation("meeting-format-hints", true) + ")\\b", flags);
        relative = Pattern.compile("\\b(?:" + lexicon.alternation("meeting-words", true) + ")\\b[^.,;]{0,40}?\\b"
                + lexicon.alternation("meeting-relative-words", false) + "\\b", flags);
        // "ke-22", "ketujuh belas" (ke + a number word, tried before the single-word ordinals), "pertama"
        ordinal = Pattern.compile("\\bke-?\\s?(\\d{1,3})\\b|\\bke(" + lexicon.alternation("numbers", true)
                + ")\\b|\\b(" + lexicon.alternation("ordinals", true) + ")\\b", flags);
        this.numbers = lexicon.table("numbers");
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
        List<List<Sighting>> clusters = new ArrayList<>();
        List<Sighting> primary = null;
        for (Sighting sighting : sightings) {
            if (!sighting.informative()) {
                continue;
            }
            final List<Sighting> current = primary;
            // "pertemuan tersebut ..." points back: it is the meeting reported, unless it conflicts
            boolean joinsPrimary = sighting.pointsBack() && current != null
                    && current.stream().allMatch(o -> compatible(o, sighting));
            Optional<List<Sighting>> same = joinsPrimary ? Optional.of(current) : clusters.stream()
                    .filter(c -> c.get(0).relative() == sighting.relative())
                    .filter(c -> c.stream().allMatch(o -> compatible(o, sighting))
                            && c.stream().anyMatch(o -> corroborates(o, sighting)))
                    .findFirst();
            if (same.isPresent()) {
                same.get().add(sighting);
            } else {
                clusters.add(new ArrayList<>(List.of(sighting)));
                if (primary == null && !sighting.relative()) {
                    primary = clusters.get(clusters.size() - 1);
                }
            }
        }
        for (Sighting sighting : sightings) {
            boolean onlyOrdinal = sighting.ordinal() != null && sighting.date() == null && sighting.place() == null;
            if (onlyOrdinal && primary != null && !sighting.relative()
                    && primary.stream().allMatch(o -> compatible(o, sighting)) && !primary.contains(sighting)) {
                clusters.stream().filter(c -> c != null && c.size() == 1 && c.get(0) == sighting).findFirst()
                        .ifPresent(clusters::remove);
                primary.add(sighting);
            }
        }
        for (Sighting sighting : sightings) {
            if (!sighting.informative() && !sighting.relative()) {
                if (primary == null) {
                    primary = new ArrayList<>();
                    clusters.add(primary);
                }
                if (primary.isEmpty() || primary.get(0).organisation().equals(sighting.organisation())) {
                    primary.add(sighting);
                }
            }
        }
        if (primary != null) {
            clusters.remove(primary);
            clusters.add(0, primary);
        }
        List<Extraction.Meeting> meetings = new ArrayList<>();
        for (List<Sighting> cluster : clusters) {
            Extraction.Meeting meeting = merge(meetings.size(), cluster);
            boolean wellDefined = meeting.date != null && (meeting.date.isFullDate() || meeting.place != null);
            // another meeting than the one reported needs more than one passing sighting
            boolean corroborated = cluster.size() > 1 || meeting.ordinal != null
                    || cluster.get(0).date() != null && meeting.place != null && datedAsEvent(cluster.get(0).date());
            if (cluster == primary || wellDefined && corroborated) {
                meetings.add(meeting);
                cluster.forEach(s -> bySentence.putIfAbsent(s.sentence().index(), meeting));
            }
        }
        return meetings;
    }

    private Optional<Sighting> sighting(ArticleAnalysis a, SentenceAnalysis s) {
        Matcher m = meetingWord.matcher(s.text());
        String format = null;
        boolean found = false;
        boolean anyPointsBack = false;
        int firstWordAt = -1;
        while (m.find()) {
            String value = meetingWords.get(m.group(1).toLowerCase().replaceAll("\\s+", " "));
            boolean generic = GENERIC.contains(m.group(1).toLowerCase());
            boolean pointsBack = DEMONSTRATIVE.matcher(s.text().substring(m.end())).find();
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
                format = formatHints.get(h.group(1).toLowerCase().replaceAll("\\s+", " "));
            }
        }
        DateMention date = s.dates.stream()
                .filter(d -> !d.kind().equals("period") && !d.kind().equals("weekday")
                        && !NOT_EVENT_DATE.contains(d.preposition()))
                .filter(d -> d.value().isFullDate() || d.value().month() != 0 || adjacentToMeetingWord(s, d))
                .findFirst().orElse(null);
        // the venue is named after the meeting word: "KTT SCO di Bishkek", "KTT Qingdao"
        int after = s.sentence.start() + firstWordAt;
        Entity place = s.mentionsOf(EntityKind.CITY).stream().filter(c -> c.start() >= after).map(Mention::entity).findFirst()
                .or(() -> s.mentionsOf(EntityKind.STATE).stream().filter(st -> st.start() >= after)
                        .filter(st -> capital.matcher(s.between(s.sentence.start(), st.start())).find())
                        .map(Mention::entity).findFirst().flatMap(gazetteer::capitalOf))
                .orElseGet(() -> s.mentionsOf(EntityKind.STATE).stream().filter(st -> st.start() >= after)
                        .filter(st -> s.between(s.sentence.start(), st.start()).matches("(?s).*\\bdi\\s*$"))
                        .map(Mention::entity).findFirst().orElse(null));
        Integer ordinalNumber = null;
        Matcher o = ordinal.matcher(s.text());
        while (o.find()) {
            String near = s.text().substring(Math.max(0, o.start() - 40), Math.min(s.text().length(), o.end() + 40));
            if (meetingWord.matcher(near).find()) {
                ordinalNumber = o.group(1) != null ? Integer.valueOf(o.group(1))
                        : o.group(2) != null ? Integer.valueOf(numbers.get(o.group(2).toLowerCase().replaceAll("\\s+", " ")))
                        : Integer.valueOf(ordinalWords.get(o.group(3).toLowerCase().replaceAll("\\s+", " ")));
                break;
            }
        }
        return Optional.of(new Sighting(s, organisation.get(), date, place, ordinalNumber, format,
                relative.matcher(s.text()).find(), anyPointsBack));
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
            meeting.sources.add(new Extraction.Source(s.sentence().index(), "meeting",
                    s.date() != null ? s.date().confidence() : 0.8));
        }
        return meeting;
    }
}
