package org.scokg.bench.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Dates written as Indonesian news writes them, in the varieties the articles of the test sets use. */
final class IndonesianDates {
    private static final List<String> MONTHS = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember");
    private static final List<String> DAYS = List.of("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu");

    private IndonesianDates() {}

    static String month(LocalDate date) {
        return MONTHS.get(date.getMonthValue() - 1);
    }

    static String weekday(LocalDate date) {
        return DAYS.get(date.getDayOfWeek().getValue() - 1);
    }

    /** "9 Juni 2018" */
    static String full(LocalDate date) {
        return date.getDayOfMonth() + " " + month(date) + " " + date.getYear();
    }

    /** The days of a meeting: "9-10 Juni 2018", "tanggal 15 dan 16 Juni 2009", "31 Agustus hingga 1 September 2025". */
    static String span(LocalDate start, LocalDate end, Random random) {
        if (start.equals(end)) {
            return random.nextInt(3) == 0 ? weekday(start) + " (" + start.getDayOfMonth() + "/" + start.getMonthValue() + "/"
                    + start.getYear() + ")" : full(start);
        }
        if (start.getMonthValue() != end.getMonthValue()) {
            return start.getDayOfMonth() + " " + month(start) + " hingga " + full(end);
        }
        return switch (random.nextInt(3)) {
            case 0 -> start.getDayOfMonth() + "-" + full(end);
            case 1 -> start.getDayOfMonth() + " hingga " + full(end);
            default -> "tanggal " + start.getDayOfMonth() + " dan " + full(end);
        };
    }

    /** A day named as a dateline names it: "Kamis (7/6)". */
    static String day(LocalDate date) {
        return weekday(date) + " (" + date.getDayOfMonth() + "/" + date.getMonthValue() + ")";
    }
}
