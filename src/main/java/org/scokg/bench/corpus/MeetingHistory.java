package org.scokg.bench.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The SCO meetings and pledges the generated articles report, from {@code data/bench/meetings.tsv} and
 * {@code data/bench/pledges.tsv} (each row names its source there).
 */
record MeetingHistory(List<Meeting> meetings, List<Pledge> pledges) {
    enum Kind { SUMMIT, GOVERNMENT }

    /** Who spoke for a state: a name and an office, {@code president} or {@code prime_minister}. */
    record Leader(String name, String role, String state) {}

    /** A council of heads of state or of heads of government. */
    record Meeting(Kind kind, LocalDate start, LocalDate end, boolean virtual, String city, String host,
                   Optional<Integer> ordinal, Optional<Leader> presider, Optional<String> nextChair) {}

    /** A pledge announced by {@code speaker} on {@code said} at the meeting that started on {@code meeting}. */
    record Pledge(LocalDate meeting, LocalDate said, Leader speaker, String clause, Optional<Long> amount, String keyword) {}

    static MeetingHistory load() {
        List<Meeting> meetings = Tsv.read("meetings.tsv").stream().map(MeetingHistory::meeting).toList();
        List<Pledge> pledges = Tsv.read("pledges.tsv").stream().map(MeetingHistory::pledge).toList();
        for (Pledge p : pledges) {
            if (meetings.stream().noneMatch(m -> m.start().equals(p.meeting()))) {
                throw new IllegalStateException("pledges.tsv: no meeting of meetings.tsv starts on " + p.meeting());
            }
        }
        return new MeetingHistory(meetings, pledges);
    }

    List<Pledge> pledgesAt(Meeting meeting) {
        return pledges.stream().filter(p -> p.meeting().equals(meeting.start())).toList();
    }

    private static Meeting meeting(Tsv.Row row) {
        Kind kind = switch (row.get("kind")) {
            case "summit" -> Kind.SUMMIT;
            case "government" -> Kind.GOVERNMENT;
            default -> throw row.wrong("kind is neither 'summit' nor 'government'");
        };
        Optional<Leader> presider = optional(row.get("presider"))
                .map(name -> new Leader(name, role(row, "presider_role"), row.get("host")));
        return new Meeting(kind, date(row, "start"), date(row, "end"), row.get("virtual").equals("yes"), row.get("city"),
                row.get("host"), optional(row.get("ordinal")).map(Integer::valueOf), presider, optional(row.get("next_chair")));
    }

    private static Pledge pledge(Tsv.Row row) {
        Leader speaker = new Leader(row.get("speaker"), role(row, "speaker_role"), row.get("pledger"));
        return new Pledge(date(row, "meeting"), date(row, "said"), speaker, row.get("clause"),
                optional(row.get("amount")).map(Long::valueOf), row.get("keyword"));
    }

    private static String role(Tsv.Row row, String column) {
        String role = row.get(column);
        if (!role.equals("president") && !role.equals("prime_minister")) {
            throw row.wrong(column + " is neither 'president' nor 'prime_minister'");
        }
        return role;
    }

    private static LocalDate date(Tsv.Row row, String column) {
        try {
            return LocalDate.parse(row.get(column));
        } catch (DateTimeParseException e) {
            throw row.wrong(column + " '" + row.get(column) + "' is not a date YYYY-MM-DD");
        }
    }

    private static Optional<String> optional(String cell) {
        return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
    }
}
