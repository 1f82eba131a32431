package org.scokg.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells an article's text from the furniture its outlet prints around it, and records what the
 * furniture states. Recognised by its form, never by the outlet:
 * <ul>
 * <li>the dateline before the first paragraph, place and outlet in either order, the outlet in
 * parentheses, as a domain name or as a name: "Jakarta (ANTARA) -", "Beijing (ANTARA/Xinhua) -",
 * "JAKARTA, KOMPAS.com -", "Jakarta, CNN Indonesia --", "TEMPO.CO, Jakarta -", "REPUBLIKA.CO.ID, BEIJING --";
 * or no dateline at all;</li>
 * <li>the headline: a line that is no sentence above the dateline, or at the top of a text without one;</li>
 * <li>date lines ("Kamis, 15 September 2022 18:25 WIB", "Diperbarui ...", see {@link DateLine});</li>
 * <li>bylines ("Penulis: ...", "Editor: ...", "Laporan wartawan ...", several on one line between bars);</li>
 * <li>related headlines ("Baca juga: ..."), copyright lines, notices ("Dilarang keras ...") and
 * advertisement markers ("ADVERTISEMENT", "Scroll to continue with content").</li>
 * </ul>
 * The words are data: {@code data/lexicon/layout} and {@code data/lexicon/dates}.
 */
public final class ArticleLayout {
    /** The longest dateline ("REPUBLIKA.CO.ID, BEIJING --" is 26 characters). */
    private static final int MAX_DATELINE = 80;
    /** A byline without a colon ("Penulis Fika Nurul Ulya") is a short line of its own. */
    private static final int MAX_BARE_BYLINE = 100;
    /** A headline is a line, not a paragraph. */
    private static final int MAX_HEADLINE = 250;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?\"”]$");
    private static final Pattern DATELINE_END = Pattern.compile("\\s*(?:-{1,2}|–|—)(?:\\s+|$)");
    private static final Pattern BAR = Pattern.compile("\\s+[|•·]\\s+");
    /** A bullet before a line of furniture ("• Jumat, 17 September 2021, 06:38 WIB"). */
    private static final Pattern BULLET = Pattern.compile("^[•·▪►]\\s*");
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
    private static final Pattern NAME = Pattern.compile(NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,3}");
    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\d][\\p{L}\\d-]*(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,6}");
    /** "Jakarta (ANTARA)", "Beijing (ANTARA/Xinhua)", "15/9 (ANTARA)" (the old form with the day). */
    private static final Pattern PARENTHESISED =
            Pattern.compile("(?<before>[^()]{0,40}?)\\s*\\(\\s*(?<outlet>\\p{L}[^()]{0,40}?)\\s*\\)");
    private static final Pattern DAY_MONTH = Pattern.compile("\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?");
    /** A wire service's mark after the place and date: "BEIJING, 19 September 2022 /PRNewswire/ --". */
    private static final Pattern SLASHED = Pattern.compile("(?<before>.*?)\\s*/(?<outlet>\\p{L}[\\p{L}\\d .-]{0,40})/");
    /** A byline that is a name and the outlet's domain: "Diana Mariska Suara.Com", "Nurul Hidayat - Bisnis.com". */
    private static final Pattern NAME_AND_DOMAIN =
            Pattern.compile("(?<name>" + NAME.pattern() + ")\\s+(?:[-–—]\\s+)?" + DOMAIN.pattern());
    /** Headline, section label, byline, caption: the most lines of headings above a dateline. */
    private static final int MAX_HEADINGS = 6;
    /** A heading is more than a section label ("DUNIA", "International"). */
    private static final int MIN_HEADLINE_WORDS = 3;

    /**
     * An article's text cut into its parts.
     *
     * @param paragraphs the article's own paragraphs, without the dateline and the furniture
     * @param outlet the outlet the dateline names ("ANTARA", "KOMPAS.com", "CNN Indonesia")
     * @param published the date of the first date line that is not an update's
     */
    public record Parts(List<String> paragraphs, Optional<String> headline, Optional<String> datelinePlace,
                        Optional<String> outlet, Optional<String> reporter, Optional<String> editor,
                        Optional<Integer> copyrightYear, List<String> relatedHeadlines, Optional<LocalDate> published) {

        /** {@code metadata}, with the publication date of the text's date line where the source gave none. */
        public ArticleMetadata completing(ArticleMetadata metadata) {
            if (metadata.published().isPresent() || published.isEmpty()) {
                return metadata;
            }
            return new ArticleMetadata(metadata.url(), metadata.title(), metadata.outlet(), published,
                    metadata.retrieved(), metadata.language());
        }
    }

    private final Map<String, String> bylineLabels;
    private final Pattern byline;
    private final Pattern relatedMarker;
    private final Set<String> furnitureLines;
    private final Pattern notice;
    private final Pattern copyright;
    private final Pattern caption;
    private final Set<String> readingTimeWords;
    private final DateLine dateLine = new DateLine();

    private ArticleLayout() {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        bylineLabels = LexiconFile.table("layout/byline-labels");
        byline = Pattern.compile("(?<label>" + LexiconFile.alternation(bylineLabels.keySet(), "layout/byline-labels")
                + ")(?:\\s*[:：]\\s*(?<value>.+)|\\s+(?<bare>(?-i:\\p{Lu}).*))", flags);
        relatedMarker = Pattern.compile("(?:" + LexiconFile.alternation(LexiconFile.words("layout/related-markers"),
                "layout/related-markers") + ")\\s*[:\\-–—]?\\s*(?<headline>.*)", flags);
        furnitureLines = LexiconFile.words("layout/furniture-lines");
        notice = Pattern.compile("(?:" + LexiconFile.alternation(LexiconFile.words("layout/notice-starts"),
                "layout/notice-starts") + ")\\b.*", flags);
        String credit = LexiconFile.alternation(bylineLabels.entrySet().stream()
                .filter(e -> e.getValue().equals("credit")).map(Map.Entry::getKey).toList(), "layout/byline-labels");
        // a photo caption ends with its labelled credit: "(Foto: ANTARA/Reuters)"
        caption = Pattern.compile(".*\\((?:" + credit + ")\\s*:[^()]*\\)\\s*\\|?", flags);
        readingTimeWords = LexiconFile.words("layout/reading-time-words");
        copyright = Pattern.compile("(?:" + LexiconFile.alternation(LexiconFile.words("layout/copyright-marks"),
                "layout/copyright-marks") + ").{0,100}?\\b(?<year>(?:19|20)\\d{2})\\b.{0,100}", flags);
    }

    /** The layout over the packaged lexicon. */
    public static ArticleLayout standard() {
        return new ArticleLayout();
    }

    /** Cuts {@code text} (normalised, paragraphs one a line) into the article's paragraphs and its furniture. */
    public Parts read(String text) {
        Reading r = new Reading();
        for (String rawLine : text.split("\n")) {
            r.line(rawLine.strip());
        }
        r.finish();
        return new Parts(List.copyOf(r.paragraphs), Optional.ofNullable(r.headline), Optional.ofNullable(r.place),
                Optional.ofNullable(r.outlet), Optional.ofNullable(r.reporter), Optional.ofNullable(r.editor),
                Optional.ofNullable(r.year), List.copyOf(r.related), Optional.ofNullable(r.published));
    }

    /** The state of one pass over a text's lines. */
    private final class Reading {
        final List<String> paragraphs = new ArrayList<>();
        final List<String> related = new ArrayList<>();
        String headline;
        String place;
        String outlet;
        String reporter;
        String editor;
        Integer year;
        LocalDate published;
        boolean datelineSeen;
        /** A related-headline marker stood alone: the next line is the headline it introduces. */
        boolean relatedPending;

        void line(String line) {
            if (line.isEmpty()) {
                return;
            }
            if (relatedPending) {
                relatedPending = false;
                related.add(line);
                return;
            }
            Matcher m;
            if (isFurniture(line) || notice.matcher(line).matches() || caption.matcher(line).matches()) {
                return;
            }
            if ((m = relatedMarker.matcher(line)).matches()) {
                String headline = m.group("headline").strip();
                if (headline.isEmpty()) {
                    relatedPending = true;
                } else {
                    related.add(headline);
                }
                return;
            }
            if (bylinesAndDates(line)) {
                return;
            }
            if (line.length() <= 200 && (m = copyright.matcher(line)).matches()) {
                year = Integer.valueOf(m.group("year"));
                return;
            }
            // the dateline opens the first paragraph of text: above it are only headings
            if (!datelineSeen && paragraphs.size() <= MAX_HEADINGS && paragraphs.stream().noneMatch(ArticleLayout::isSentence)) {
                line = dateline(line);
                if (line.isEmpty()) {
                    return;
                }
            }
            paragraphs.add(line);
        }

        /** Takes the dateline off the first paragraph; the lines above it that are no sentences are headings. */
        String dateline(String line) {
            Matcher end = DATELINE_END.matcher(line);
            if (!end.find() || end.start() > MAX_DATELINE || !readDateline(line.substring(0, end.start()).strip())) {
                return line;
            }
            datelineSeen = true;
            // above the dateline: the headline, section labels, subtitles; no text of the article
            takeHeadline(0);
            paragraphs.removeIf(p -> !isSentence(p));
            return line.substring(end.end()).strip();
        }

        /** Reads place and outlet from a dateline's lead; false when the lead is no dateline. */
        boolean readDateline(String lead) {
            String foundOutlet = null;
            List<String> names = new ArrayList<>();
            String[] parts = lead.split("\\s*,\\s*");
            if (lead.isEmpty() || parts.length > 3) {
                return false;
            }
            for (String part : parts) {
                Matcher slashed = SLASHED.matcher(part);
                if (slashed.matches()) {
                    if (foundOutlet != null) {
                        return false;
                    }
                    foundOutlet = slashed.group("outlet").strip();
                    part = slashed.group("before").strip();
                    if (part.isEmpty()) {
                        continue;
                    }
                }
                Matcher p = PARENTHESISED.matcher(part);
                if (p.matches()) {
                    String before = p.group("before").strip();
                    if (foundOutlet != null || !(before.isEmpty() || NAME.matcher(before).matches()
                            || DAY_MONTH.matcher(before).matches())) {
                        return false;
                    }
                    foundOutlet = p.group("outlet").split("[\\s/]+")[0].toUpperCase();
                    if (NAME.matcher(before).matches()) {
                        names.add(before);
                    }
                } else if (DOMAIN.matcher(part).matches()) {
                    if (foundOutlet != null) {
                        return false;
                    }
                    foundOutlet = part;
                } else if (NAME.matcher(part).matches()) {
                    names.add(part);
                } else if (!DAY_MONTH.matcher(part).matches() && dateLine.read(part).isEmpty()) {
                    return false;
                }
            }
            if (foundOutlet == null && names.size() >= 2) {
                // "Jakarta, CNN Indonesia", "Ufa, Rusia, CNN Indonesia": with neither in parentheses nor a
                // domain, the place comes first and the outlet last
                foundOutlet = names.remove(names.size() - 1);
            }
            if (names.size() > 2 || names.isEmpty() && foundOutlet == null) {
                return false;
            }
            place = names.isEmpty() ? null : names.get(0);
            outlet = foundOutlet;
            return true;
        }

        /**
         * Whether the line is bylines and date lines only ("Penulis: A | Editor: B", "Kamis, 15 Sep 2022 |
         * 10:00 WIB"); if so, records what they state.
         */
        boolean bylinesAndDates(String line) {
            String[] parts = BAR.split(BULLET.matcher(line).replaceFirst(""));
            List<Runnable> records = new ArrayList<>();
            for (String part : parts) {
                Optional<DateLine.Stated> date = dateLine.read(part);
                if (date.isPresent()) {
                    records.add(() -> {
                        if (published == null && !date.get().updated()) {
                            published = date.get().date().orElse(null);
                        }
                    });
                    continue;
                }
                Matcher named = NAME_AND_DOMAIN.matcher(part);
                if (named.matches()) {
                    records.add(() -> reporter = named.group("name"));
                    continue;
                }
                Matcher m = byline.matcher(part);
                if (!m.matches() || m.group("bare") != null && (line.length() > MAX_BARE_BYLINE || isSentence(line))) {
                    return false;
                }
                String role = bylineLabels.get(m.group("label").toLowerCase().replaceAll("\\s+", " "));
                String value = (m.group("value") != null ? m.group("value") : m.group("bare")).strip();
                records.add(() -> {
                    if (role.equals("reporter")) {
                        reporter = value;
                    } else if (role.equals("editor")) {
                        editor = value;
                    }
                });
            }
            records.forEach(Runnable::run);
            return true;
        }

        void finish() {
            if (!datelineSeen) {
                takeHeadline(1);
            }
        }

        /**
         * Takes the headline from the headings at the top, with the section labels above it, leaving
         * at least {@code keep} paragraphs.
         */
        void takeHeadline(int keep) {
            int top = 0;
            while (top < paragraphs.size() - keep && isHeading(paragraphs.get(top))) {
                if (words(paragraphs.get(top)) >= MIN_HEADLINE_WORDS) {
                    headline = paragraphs.get(top);
                    int end = top + 1;
                    while (end < paragraphs.size() - keep && isHeading(paragraphs.get(end))
                            && words(paragraphs.get(end)) < MIN_HEADLINE_WORDS) {
                        end++;
                    }
                    paragraphs.subList(0, end).clear();
                    return;
                }
                top++;
            }
        }
    }

    private boolean isFurniture(String line) {
        return furnitureLines.contains(line.toLowerCase().replaceAll("[\\p{P}\\s]+$", "")) || isReadingTime(line);
    }

    /** "2 menit membaca", "Lama Baca 6 Menit", "3 min read": a number and reading-time words only. */
    private boolean isReadingTime(String line) {
        String[] words = line.toLowerCase().split("\\s+");
        return words.length <= 5 && line.matches(".*\\d.*") && java.util.Arrays.stream(words)
                .allMatch(w -> w.matches("\\d+") || readingTimeWords.contains(w));
    }

    private static int words(String line) {
        return line.split("\\s+").length;
    }

    private static boolean isSentence(String line) {
        return SENTENCE_END.matcher(line).matches();
    }

    private static boolean isHeading(String line) {
        return line.length() <= MAX_HEADLINE && !isSentence(line);
    }
}
