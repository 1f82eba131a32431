package org.scokg.extract.mention;

import org.scokg.article.Article;
import org.scokg.article.LexiconFile;
import org.scokg.article.Sentence;
import org.scokg.reference.DateValue;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in Indonesian news text, HeidelTime style: one pattern per form of date, the words
 * from {@code data/lexicon/dates}, and what a form leaves out read against the article's
 * {@link DateAnchor} (its publication date, else its year), never against a year found elsewhere
 * in the text. The forms, with an example each:
 * <ul>
 * <li>range: {@code 3-4 Juli 2024}, {@code 15 dan 16 Juni 2009}, {@code 31 Agustus - 1 September 2025}
 *     (the year from the anchor when not written)</li>
 * <li>weekday with day and month: {@code Senin (1/9)}, {@code Minggu malam (16/10)}, {@code Kamis (26/10/2023)}; the year is the one
 *     the weekday fits, nearest the anchor</li>
 * <li>day and month: {@code 26 Oktober 2023}; {@code 15 Juni} in the year that puts it nearest the
 *     publication date</li>
 * <li>English order: {@code September 15, 2022}</li>
 * <li>numeric: {@code 26/10/2023}, {@code 2023-10-26}, and {@code (16/10)} in parentheses, the year
 *     from the anchor</li>
 * <li>month and year {@code Juli 2024}, period {@code 2025–2026}, year {@code pada 2001}</li>
 * <li>relative to the publication date: {@code kemarin}, {@code hari ini}, {@code besok};
 *     {@code pekan depan} (that week, Monday to Sunday), {@code bulan lalu}, {@code tahun lalu}</li>
 * <li>a weekday alone: {@code pada Kamis} is the last Thursday up to the publication date,
 *     {@code akan digelar Jumat} or {@code Jumat mendatang} the next Friday after it</li>
 * </ul>
 * A date written out in full, or whose weekday confirms the year, has confidence 1; one completed from the publication date or its
 * year 0.9; a weekday alone 0.8 against the publication date, 0.7 against another date of the
 * text; a weekday that fits no year near the anchor 0.5.
 */
public final class DateFinder {
    private static final String DASH = "(?:-|–|—|s\\.d\\.?|sampai|hingga)";
    /** Between two days of one month, "dan" also makes a range ("15 dan 16 Juni 2009"). */
    private static final String DAY_DASH = "(?:-|–|—|s\\.d\\.?|sampai|hingga|dan)";
    private static final double WRITTEN = 1.0;
    private static final double COMPLETED = 0.9;
    private static final double RELATIVE_WEEKDAY = 0.8;
    private static final double GUESSED_WEEKDAY = 0.7;
    private static final double WEEKDAY_MISMATCH = 0.5;

    private final Map<String, String> months;
    private final Map<String, String> weekdays;
    private final Map<String, String> relativeDays;
    private final Map<String, String> relativePeriods;
    private final Pattern range;
    private final Pattern monthsRange;
    private final Pattern full;
    private final Pattern english;
    private final Pattern weekdayNumeric;
    private final Pattern numeric = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private final Pattern iso = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** "(16/10)": ANTARA's day and month; only in parentheses, where it is no fraction. */
    private final Pattern dayMonth = Pattern.compile("\\(\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*\\)");
    private final Pattern monthYear;
    private final Pattern period = Pattern.compile("\\b((?:19|20)\\d{2})\\s*(?:/|" + DASH + ")\\s*((?:19|20)\\d{2})\\b");
    private final Pattern year = Pattern.compile("(?<![\\d.,/-])((?:19|20)\\d{2})(?![\\d.,]\\d)");
    private final Pattern relativeDay;
    private final Pattern relativePeriod;
    private final Pattern weekdayAlone;
    /** Where {@link #relativePeriod}, {@link #relativeDay} or {@link #weekdayAlone} can match, and more. */
    private final Pattern dateWord;
    private final Pattern futureAfter;
    private final Pattern futureBefore;

    public DateFinder(Lexicon lexicon) {
        this.months = lexicon.table("dates/months");
        this.weekdays = lexicon.table("dates/weekdays");
        this.relativeDays = lexicon.table("dates/relative-days");
        this.relativePeriods = lexicon.table("dates/relative-periods");
        String month = lexicon.alternation("dates/months", true);
        String weekday = lexicon.alternation("dates/weekdays", true);
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        monthsRange = Pattern.compile("\\b(\\d{1,2})\\s+(" + month + ")\\.?(?:\\s+(\\d{4}))?\\s*" + DASH + "\\s*(\\d{1,2})\\s+("
                + month + ")\\.?(?:\\s+(\\d{4}))?\\b", flags);
        range = Pattern.compile("\\b(\\d{1,2})\\s*" + DAY_DASH + "\\s*(\\d{1,2})\\s+(" + month + ")\\.?(?:\\s+(\\d{4}))?\\b", flags);
        full = Pattern.compile("\\b(\\d{1,2})\\s+(" + month + ")\\.?(?:\\s+(\\d{4}))?\\b", flags);
        english = Pattern.compile("\\b(" + month + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", flags);
        String dayPart = lexicon.alternation("dates/day-parts", false);
        weekdayNumeric = Pattern.compile("\\b(" + weekday + ")\\s*,?\\s*(?:" + dayPart + "\\s*)?\\(\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{2,4}))?\\s*\\)", flags);
        monthYear = Pattern.compile("\\b(" + month + ")\\s+(\\d{4})\\b", flags);
        relativeDay = Pattern.compile("\\b(" + lexicon.alternation("dates/relative-days", true) + ")\\b", flags);
        relativePeriod = Pattern.compile("\\b(" + lexicon.alternation("dates/relative-periods", true) + ")\\b", flags);
        Set<String> dateWords = new LinkedHashSet<>(relativePeriods.keySet());
        dateWords.addAll(relativeDays.keySet());
        dateWords.addAll(weekdays.keySet());
        dateWord = Pattern.compile("\\b" + LexiconFile.alternation(dateWords, "dates"), flags);
        weekdayAlone = Pattern.compile("\\b(" + weekday + ")\\b(?!\\s*,?\\s*\\()", flags);
        Map<String, String> future = lexicon.table("dates/future-markers");
        futureAfter = Pattern.compile("^\\s+" + markers(future, "after") + "\\b", flags);
        // in the clause before the weekday: "akan digelar pada Jumat", not "akan hadir, kata dia Jumat"
        futureBefore = Pattern.compile("\\b" + markers(future, "before") + "\\b[^,;.]{0,40}$", flags);
    }

    private static String markers(Map<String, String> future, String where) {
        return LexiconFile.alternation(future.entrySet().stream()
                .filter(e -> e.getValue().equals(where)).map(Map.Entry::getKey).toList(), "dates/future-markers");
    }

    /**
     * The anchor of an article's dates: its publication date (from its source, or the date line of
     * its text), else its copyright year; and, for a weekday alone when the publication date is not
     * known, the first date the text writes out in full.
     */
    public DateAnchor anchor(Article article) {
        Optional<LocalDate> published = article.metadata().published();
        if (published.isPresent()) {
            return DateAnchor.published(published.get());
        }
        DateAnchor anchor = article.copyrightYear().map(DateAnchor::year).orElse(DateAnchor.NONE);
        for (Sentence sentence : article.sentences()) {
            Optional<LocalDate> full = find(sentence, anchor).stream()
                    .filter(d -> d.value().isFullDate() && d.confidence() >= COMPLETED)
                    .map(d -> day(d.value())).findFirst();
            if (full.isPresent()) {
                return anchor.withWritten(full.get());
            }
        }
        return anchor;
    }

    /** The dates of a sentence, in text order. */
    public List<DateMention> find(Sentence sentence, DateAnchor anchor) {
        Finding f = new Finding(sentence);
        // every form written with a number has a digit (\d, ASCII only): most sentences have none
        if (containsDigit(f.text)) {
            findNumbered(f, anchor);
        }
        // the forms without a number all begin with a word of one of three lists: one search rules them all out
        if (dateWord.matcher(f.text).find()) {
            findWritten(f, anchor);
        }
        f.found.sort(Comparator.comparingInt(DateMention::start));
        return f.found;
    }

    private static boolean containsDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The dates written in words: periods and days relative to the article's date, weekdays. */
    private void findWritten(Finding f, DateAnchor anchor) {
        // before the weekdays: "Minggu lalu" is last week, not last Sunday
        Matcher m = relativePeriod.matcher(f.text);
        while (m.find()) {
            if (f.free(m)) {
                relativePeriod(f, m, anchor);
            }
        }
        if (anchor.published().isPresent()) {
            LocalDate today = anchor.published().get();
            m = relativeDay.matcher(f.text);
            while (m.find()) {
                if (f.free(m)) {
                    int days = Integer.parseInt(relativeDays.get(Lexicon.key(m.group(1))));
                    f.add(m, DateValue.of(today.plusDays(days)), null, "relative", COMPLETED);
                }
            }
        }
        m = weekdayAlone.matcher(f.text);
        while (m.find()) {
            // a weekday name is capitalised; "minggu" in running text is "week"
            if (f.free(m) && Character.isUpperCase(m.group(1).charAt(0))) {
                weekdayAlone(f, m, anchor);
            }
        }
    }

    /** The dates written with numbers: ranges, days with their month, numeric dates, months with a year, periods, years. */
    private void findNumbered(Finding f, DateAnchor anchor) {
        Matcher m = monthsRange.matcher(f.text);
        while (m.find()) {
            monthsRange(f, m, anchor);
        }
        m = range.matcher(f.text);
        while (m.find()) {
            int mon = month(m.group(3));
            Optional<Integer> y = m.group(4) != null ? Optional.of(Integer.parseInt(m.group(4)))
                    : nearestYear(anchor, mon, Integer.parseInt(m.group(1)));
            if (f.free(m) && y.isPresent() && valid(y.get(), mon, m.group(1)) && valid(y.get(), mon, m.group(2))) {
                f.add(m, new DateValue(y.get(), mon, Integer.parseInt(m.group(1))),
                        new DateValue(y.get(), mon, Integer.parseInt(m.group(2))), "date", m.group(4) != null ? WRITTEN : COMPLETED);
            }
        }
        m = weekdayNumeric.matcher(f.text);
        while (m.find()) {
            if (f.free(m)) {
                weekdayWithDay(f, m, anchor);
            }
        }
        m = full.matcher(f.text);
        while (m.find()) {
            int mon = month(m.group(2));
            int d = Integer.parseInt(m.group(1));
            Optional<Integer> y = m.group(3) != null ? Optional.of(Integer.parseInt(m.group(3))) : nearestYear(anchor, mon, d);
            if (f.free(m) && y.isPresent() && valid(y.get(), mon, m.group(1))) {
                f.add(m, new DateValue(y.get(), mon, d), null, "date", m.group(3) != null ? WRITTEN : COMPLETED);
            }
        }
        m = english.matcher(f.text);
        while (m.find()) {
            int y = Integer.parseInt(m.group(3));
            int mon = month(m.group(1));
            if (f.free(m) && valid(y, mon, m.group(2))) {
                f.add(m, new DateValue(y, mon, Integer.parseInt(m.group(2))), null, "date", WRITTEN);
            }
        }
        for (Pattern p : List.of(numeric, iso)) {
            m = p.matcher(f.text);
            while (m.find()) {
                boolean isIso = p == iso;
                int y = Integer.parseInt(m.group(isIso ? 1 : 3));
                int mon = Integer.parseInt(m.group(2));
                String d = m.group(isIso ? 3 : 1);
                if (f.free(m) && valid(y, mon, d)) {
                    f.add(m, new DateValue(y, mon, Integer.parseInt(d)), null, "date", WRITTEN);
                }
            }
        }
        m = dayMonth.matcher(f.text);
        while (m.find()) {
            int mon = Integer.parseInt(m.group(2));
            int d = Integer.parseInt(m.group(1));
            Optional<Integer> y = mon >= 1 && mon <= 12 ? nearestYear(anchor, mon, d) : Optional.empty();
            if (f.free(m) && y.isPresent() && valid(y.get(), mon, m.group(1))) {
                f.add(m, new DateValue(y.get(), mon, d), null, "date", COMPLETED);
            }
        }
        m = monthYear.matcher(f.text);
        while (m.find()) {
            if (f.free(m)) {
                f.add(m, new DateValue(Integer.parseInt(m.group(2)), month(m.group(1)), 0), null, "date", WRITTEN);
            }
        }
        m = period.matcher(f.text);
        while (m.find()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            if (f.free(m) && to >= from && to - from <= 10) {
                f.add(m, DateValue.ofYear(from), DateValue.ofYear(to), "period", WRITTEN);
            }
        }
        m = year.matcher(f.text);
        while (m.find()) {
            if (f.free(m)) {
                f.add(m, DateValue.ofYear(Integer.parseInt(m.group(1))), null, "year", WRITTEN);
            }
        }
    }

    /** "31 Agustus - 1 September 2025", "30 Desember 2024 hingga 2 Januari 2025": a range over a month's end. */
    private void monthsRange(Finding f, Matcher m, DateAnchor anchor) {
        int firstMonth = month(m.group(2));
        int lastMonth = month(m.group(5));
        int lastDay = Integer.parseInt(m.group(4));
        Optional<Integer> lastYear = m.group(6) != null ? Optional.of(Integer.parseInt(m.group(6)))
                : nearestYear(anchor, lastMonth, lastDay);
        if (lastYear.isEmpty()) {
            return;
        }
        int firstYear = m.group(3) != null ? Integer.parseInt(m.group(3))
                : firstMonth > lastMonth ? lastYear.get() - 1 : lastYear.get();
        if (valid(firstYear, firstMonth, m.group(1)) && valid(lastYear.get(), lastMonth, m.group(4))) {
            DateValue first = new DateValue(firstYear, firstMonth, Integer.parseInt(m.group(1)));
            DateValue last = new DateValue(lastYear.get(), lastMonth, lastDay);
            if (first.lexical().compareTo(last.lexical()) < 0) {
                f.add(m, first, last, "date", m.group(6) != null ? WRITTEN : COMPLETED);
            }
        }
    }

    private void weekdayWithDay(Finding f, Matcher m, DateAnchor anchor) {
        int day = Integer.parseInt(m.group(2));
        int mon = Integer.parseInt(m.group(3));
        if (mon < 1 || mon > 12) {
            return;
        }
        DayOfWeek weekday = weekday(m.group(1));
        Optional<Integer> written = Optional.ofNullable(m.group(4)).map(DateFinder::fullYear);
        // no publication year: the year of the first full date of the text, taken only when the weekday fits it
        boolean guessed = written.isEmpty() && anchor.year().isEmpty() && anchor.written().isPresent();
        List<Integer> candidates = written.map(List::of).orElseGet(() -> guessed
                ? List.of(anchor.written().get().getYear()) : candidateYears(anchor, mon, day));
        for (int y : candidates) {
            if (valid(y, mon, String.valueOf(day)) && LocalDate.of(y, mon, day).getDayOfWeek() == weekday) {
                // the weekday confirms the year as well as writing it would
                f.add(m, new DateValue(y, mon, day), null, "date", WRITTEN);
                return;
            }
        }
        // the weekday fits no year near the anchor: the date as written, with the doubt it deserves
        if (!guessed && !candidates.isEmpty() && valid(candidates.get(0), mon, String.valueOf(day))) {
            f.add(m, new DateValue(candidates.get(0), mon, day), null, "date", WEEKDAY_MISMATCH);
        }
    }

    private void relativePeriod(Finding f, Matcher m, DateAnchor anchor) {
        String[] unitAndStep = relativePeriods.get(Lexicon.key(m.group(1))).split("\\s+");
        int step = Integer.parseInt(unitAndStep[1]);
        Optional<LocalDate> today = anchor.published();
        switch (unitAndStep[0]) {
            case "week" -> today.ifPresent(t -> {
                LocalDate monday = t.plusWeeks(step).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                f.add(m, DateValue.of(monday), DateValue.of(monday.plusDays(6)), "week", COMPLETED);
            });
            case "month" -> today.ifPresent(t -> {
                YearMonth month = YearMonth.from(t).plusMonths(step);
                f.add(m, new DateValue(month.getYear(), month.getMonthValue(), 0), null, "relative", COMPLETED);
            });
            case "year" -> anchor.year().ifPresent(y -> f.add(m, DateValue.ofYear(y + step), null, "relative", COMPLETED));
            default -> throw new IllegalStateException("lexicon dates/relative-periods: unknown unit " + unitAndStep[0]);
        }
    }

    private void weekdayAlone(Finding f, Matcher m, DateAnchor anchor) {
        DayOfWeek weekday = weekday(m.group(1));
        if (anchor.published().isPresent()) {
            boolean future = futureAfter.matcher(f.text.substring(m.end())).find()
                    || futureBefore.matcher(f.text.substring(0, m.start())).find();
            LocalDate today = anchor.published().get();
            LocalDate date = future ? today.with(TemporalAdjusters.next(weekday))
                    : today.with(TemporalAdjusters.previousOrSame(weekday));
            f.add(m, DateValue.of(date), null, "relative", RELATIVE_WEEKDAY);
        } else if (anchor.written().isPresent()) {
            f.add(m, DateValue.of(anchor.written().get().with(TemporalAdjusters.nextOrSame(weekday))), null, "weekday",
                    GUESSED_WEEKDAY);
        }
    }

    /**
     * The year a day and month without one fall in: the one that puts them nearest the publication
     * date (a "28 Desember" in a report of 2 January is of the year before), else the year of publication.
     */
    private static Optional<Integer> nearestYear(DateAnchor anchor, int month, int day) {
        List<Integer> candidates = candidateYears(anchor, month, day);
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
    }

    /** The years near the anchor, nearest first: the publication year and the ones either side of it. */
    private static List<Integer> candidateYears(DateAnchor anchor, int month, int day) {
        if (anchor.year().isEmpty()) {
            return List.of();
        }
        int y = anchor.year().get();
        List<Integer> years = new ArrayList<>(List.of(y, y - 1, y + 1));
        anchor.published().ifPresent(today -> years.sort(Comparator.comparingLong(c -> distance(today, c, month, day))));
        return years;
    }

    private static long distance(LocalDate today, int year, int month, int day) {
        try {
            return Math.abs(ChronoUnit.DAYS.between(today, LocalDate.of(year, month, day)));
        } catch (DateTimeException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The mentions of one sentence being found, and the characters they already cover. */
    private final class Finding {
        final Sentence sentence;
        final String text;
        final boolean[] used;
        final List<DateMention> found = new ArrayList<>();

        Finding(Sentence sentence) {
            this.sentence = sentence;
            this.text = sentence.text();
            this.used = new boolean[text.length()];
        }

        boolean free(Matcher m) {
            for (int i = m.start(); i < m.end(); i++) {
                if (used[i]) {
                    return false;
                }
            }
            return true;
        }

        void add(Matcher m, DateValue value, DateValue last, String kind, double confidence) {
            for (int i = m.start(); i < m.end(); i++) {
                used[i] = true;
            }
            String preposition = wordBefore(text, m.start()).toLowerCase();
            found.add(new DateMention(sentence.start() + m.start(), sentence.start() + m.end(), m.group(), value, last,
                    kind, confidence, preposition));
        }
    }

    /**
     * The word of letters that ends right before {@code end}, white space between ({@code \\s}), or
     * "" when something else is there: the preposition of a date ("pada", "sejak").
     */
    static String wordBefore(String text, int end) {
        // as {@code ([\\p{L}]+)\\s*$} would find it: "$" also matches before a final line terminator
        int wordEnd = end > 0 && "\u0085\u2028\u2029".indexOf(text.charAt(end - 1)) >= 0 ? end - 1 : end;
        while (wordEnd > 0 && isRegexWhiteSpace(text.charAt(wordEnd - 1))) {
            wordEnd--;
        }
        int wordStart = wordEnd;
        while (wordStart > 0 && Character.isLetter(text.codePointBefore(wordStart))) {
            wordStart -= Character.charCount(text.codePointBefore(wordStart));
        }
        return text.substring(wordStart, wordEnd);
    }

    /** {@code \\s} of java.util.regex: ASCII white space only. */
    private static boolean isRegexWhiteSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private DayOfWeek weekday(String name) {
        return DayOfWeek.of(Integer.parseInt(weekdays.get(name.toLowerCase())));
    }

    private int month(String name) {
        return Integer.parseInt(months.get(name.toLowerCase()));
    }

    private static LocalDate day(DateValue v) {
        return LocalDate.of(v.year(), v.month(), v.day());
    }

    private static int fullYear(String y) {
        int v = Integer.parseInt(y);
        return v < 100 ? 2000 + v : v;
    }

    private static boolean valid(int year, int month, String day) {
        try {
            LocalDate.of(year, month, Integer.parseInt(day));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
