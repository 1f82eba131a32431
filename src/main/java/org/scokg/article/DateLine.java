package org.scokg.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that only states when an article was published or updated, in the forms Indonesian outlets
 * print: "Kamis, 15 September 2022 18:25 WIB", "15/09/2022, 18:25 WIB", "Senin 1 Sep 2025 - 10:12 WIB",
 * "Diperbarui 15 Sep 2022, 19:00 WIB", "Updated: September 15, 2022 6:25 PM", "Kompas.com - 15/09/2022".
 * A time of day alone ("10:00 WIB") is one too: outlets print it beside the date, after a bar.
 * The words (weekdays, months, labels, time words) come from {@code data/lexicon/dates} and
 * {@code data/lexicon/layout}.
 */
final class DateLine {
    /** The date a line states; {@code updated} when it is a revision's date rather than the publication's. */
    record Stated(Optional<LocalDate> date, boolean updated) {}

    private final Map<String, String> months;
    private final Map<String, String> labels;
    private final Pattern line;

    DateLine() {
        this.months = LexiconFile.table("dates/months");
        this.labels = LexiconFile.table("layout/date-line-labels");
        Map<String, String> timeWords = LexiconFile.table("layout/time-words");
        String month = LexiconFile.alternation(months.keySet(), "dates/months");
        String weekday = LexiconFile.alternation(LexiconFile.table("dates/weekdays").keySet(), "dates/weekdays");
        String label = LexiconFile.alternation(labels.keySet(), "layout/date-line-labels");
        String before = LexiconFile.alternation(timeWords.entrySet().stream()
                .filter(e -> e.getValue().equals("before")).map(Map.Entry::getKey).toList(), "layout/time-words");
        String zone = LexiconFile.alternation(timeWords.entrySet().stream()
                .filter(e -> e.getValue().equals("zone")).map(Map.Entry::getKey).toList(), "layout/time-words");
        String date = "(?:(?<dDay>\\d{1,2})\\s+(?<dMonth>" + month + ")\\.?,?\\s+(?<dYear>\\d{4})"
                + "|(?<nDay>\\d{1,2})[/.-](?<nMonth>\\d{1,2})[/.-](?<nYear>\\d{4})"
                + "|(?<eMonth>" + month + ")\\.?\\s+(?<eDay>\\d{1,2}),?\\s+(?<eYear>\\d{4})"
                + "|(?<iYear>\\d{4})-(?<iMonth>\\d{2})-(?<iDay>\\d{2}))";
        String time = "(?:" + before + "\\s+)?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\s*(?:" + zone + ")?";
        // an outlet's name and a dash may lead the line: "Kompas.com - 15/09/2022, 18:25 WIB"
        String outlet = "(?:[\\p{L}\\d.]+\\s+[-–—]\\s+)?";
        line = Pattern.compile("^" + outlet + "(?:(?<label>" + label + ")\\s*:?\\s*)?(?:(?:" + weekday + ")\\s*,?\\s*)?"
                + "(?:" + date + "(?:\\s*[,\\-–—•]?\\s*" + time + ")?|" + time + ")\\s*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** What {@code text} states, when it is a date line (or a time alone); empty when it is anything else. */
    Optional<Stated> read(String text) {
        Matcher m = line.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean updated = m.group("label") != null
                && "updated".equals(labels.get(m.group("label").toLowerCase().replaceAll("\\s+", " ")));
        return Optional.of(new Stated(date(m), updated));
    }

    private Optional<LocalDate> date(Matcher m) {
        try {
            if (m.group("dDay") != null) {
                return Optional.of(LocalDate.of(number(m, "dYear"), month(m.group("dMonth")), number(m, "dDay")));
            }
            if (m.group("nDay") != null) {
                return Optional.of(LocalDate.of(number(m, "nYear"), number(m, "nMonth"), number(m, "nDay")));
            }
            if (m.group("eDay") != null) {
                return Optional.of(LocalDate.of(number(m, "eYear"), month(m.group("eMonth")), number(m, "eDay")));
            }
            if (m.group("iDay") != null) {
                return Optional.of(LocalDate.of(number(m, "iYear"), number(m, "iMonth"), number(m, "iDay")));
            }
        } catch (DateTimeException e) {
            // "31/02/2022" is no date; the line is still furniture
        }
        return Optional.empty();
    }

    private int month(String name) {
        return Integer.parseInt(months.get(name.toLowerCase()));
    }

    private static int number(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }
}
