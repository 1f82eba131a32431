package org.scokg.server.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.scokg.server.ld.Messages;
import org.scokg.vocab.SCO;

/**
 * A membership timeline as inline SVG: one row per state (on an organisation's page) or per
 * organisation (on a state's page), one column per year from the earliest year known to the
 * current year, each cell coloured by the status held that year.
 *
 * <p>A membership with a start date holds from that year until the next dated status of the same row,
 * its end date (or, stated without one, the end of the dated stretch of the same status it starts in),
 * or now. A membership stated without a date is known to hold in the year of the
 * article that states it, so it fills that one cell, drawn lighter with a dashed edge. The page stays
 * readable without the picture: every cell carries a {@code <title>} and the rows link to their pages.
 */
public final class MembershipTimelineSvg {
    /** One membership as the chart needs it. */
    public record Entry(String rowKey, String rowLabel, String rowHref, String status, String statusLabel,
            Integer startYear, Integer endYear, Integer reportedYear) {}

    private static final Map<String, String> COLOURS = Map.of(
            SCO.FullMember.getURI(), "#1f5f8b",
            SCO.Observer.getURI(), "#4f9bd1",
            SCO.DialoguePartner.getURI(), "#9cc7e6",
            SCO.Guest.getURI(), "#c9ced3");
    private static final String OTHER_COLOUR = "#8a96a3";
    private static final int WIDTH = 960;
    private static final int LABEL_WIDTH = 190;
    private static final int ROW_HEIGHT = 24;
    private static final int TOP = 30;

    private MembershipTimelineSvg() {}

    /** A year-long stretch of one status in one row. */
    record Cell(int year, String status, String statusLabel, boolean reported) {}

    public static String render(List<Entry> entries, int currentYear, String lang, String title) {
        Map<String, List<Entry>> rows = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.startYear() != null || e.reportedYear() != null) {
                rows.computeIfAbsent(e.rowKey(), k -> new ArrayList<>()).add(e);
            }
        }
        Html svg = new Html();
        int firstYear = rows.values().stream().flatMap(List::stream)
                .mapToInt(e -> e.startYear() != null ? e.startYear() : e.reportedYear()).min().orElse(currentYear);
        firstYear = Math.min(firstYear, currentYear);
        int years = currentYear - firstYear + 1;
        int height = TOP + Math.max(1, rows.size()) * ROW_HEIGHT + 52;
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + WIDTH + " " + height,
                "role", "img", "aria-labelledby", "timeline-title", "font-family", "system-ui, sans-serif", "font-size", "12");
        svg.element("title", title, "id", "timeline-title");
        if (rows.isEmpty()) {
            svg.element("text", Messages.get("timeline.none", lang), "x", "16", "y", String.valueOf(TOP + 16), "fill", "#5b6875");
            svg.close("svg");
            return svg.toString();
        }
        double cellWidth = (WIDTH - LABEL_WIDTH - 12) / (double) years;
        yearAxis(svg, firstYear, currentYear, cellWidth, rows.size());
        List<Map.Entry<String, List<Entry>>> sorted = new ArrayList<>(rows.entrySet());
        sorted.sort(Comparator.<Map.Entry<String, List<Entry>>>comparingInt(r -> earliest(r.getValue()))
                .thenComparing(r -> r.getValue().get(0).rowLabel().toLowerCase(Locale.ROOT)));
        Map<String, String> statusesShown = new LinkedHashMap<>();
        boolean anyReported = false;
        int y = TOP;
        for (Map.Entry<String, List<Entry>> row : sorted) {
            Entry first = row.getValue().get(0);
            svg.open("a", "href", Html.isSafeHref(first.rowHref()) ? first.rowHref() : null);
            svg.element("text", Labels.shorten(first.rowLabel(), 28), "x", "8", "y", String.valueOf(y + 16), "fill", "#1f5f8b");
            svg.close("a");
            for (Cell cell : cells(row.getValue(), currentYear)) {
                double x = LABEL_WIDTH + (cell.year() - firstYear) * cellWidth;
                String colour = COLOURS.getOrDefault(cell.status(), OTHER_COLOUR);
                statusesShown.putIfAbsent(cell.status(), cell.statusLabel());
                anyReported |= cell.reported();
                svg.open("rect", "x", fmt(x + 0.5), "y", String.valueOf(y + 3), "width", fmt(Math.max(1, cellWidth - 1)),
                        "height", String.valueOf(ROW_HEIGHT - 6), "rx", "2", "fill", colour,
                        "fill-opacity", cell.reported() ? "0.45" : "1",
                        "stroke", cell.reported() ? colour : null, "stroke-dasharray", cell.reported() ? "3 2" : null);
                svg.element("title", first.rowLabel() + " " + cell.year() + ": " + cell.statusLabel()
                        + (cell.reported() ? " (" + Messages.get("timeline.reported", lang) + ")" : ""));
                svg.close("rect");
            }
            y += ROW_HEIGHT;
        }
        legend(svg, statusesShown, anyReported, y + 22, lang);
        svg.close("svg");
        return svg.toString();
    }

    private static int earliest(List<Entry> entries) {
        return entries.stream().mapToInt(e -> e.startYear() != null ? e.startYear() : e.reportedYear()).min().orElse(Integer.MAX_VALUE);
    }

    /** The status of each year of a row: dated stretches first, then the one-year reports where nothing dated holds. */
    static List<Cell> cells(List<Entry> entries, int currentYear) {
        Map<Integer, Cell> byYear = new LinkedHashMap<>();
        List<Entry> dated = entries.stream().filter(e -> e.startYear() != null)
                .sorted(Comparator.comparingInt(Entry::startYear)).toList();
        for (int i = 0; i < dated.size(); i++) {
            Entry e = dated.get(i);
            int end = currentYear;
            Integer endYear = e.endYear() != null ? e.endYear() : documentedEnd(e, dated);
            if (endYear != null) {
                end = Math.min(end, endYear);
            }
            for (int j = i + 1; j < dated.size(); j++) {
                Entry next = dated.get(j);
                if (next.startYear() > e.startYear() && !Objects.equals(next.status(), e.status())) {
                    end = Math.min(end, next.startYear() - 1);
                    break;
                }
            }
            for (int year = e.startYear(); year <= end; year++) {
                byYear.put(year, new Cell(year, e.status(), e.statusLabel(), false));
            }
        }
        for (Entry e : entries) {
            if (e.startYear() == null && e.reportedYear() != null && e.reportedYear() <= currentYear) {
                byYear.putIfAbsent(e.reportedYear(), new Cell(e.reportedYear(), e.status(), e.statusLabel(), true));
            }
        }
        return new ArrayList<>(byYear.values());
    }

    /**
     * Where a stretch stated without an end ends: with the stretch of the same status, known to end,
     * in which it starts. An article says since when China was in the Shanghai Five; the reference
     * history says that membership ended when the Shanghai Five became the SCO.
     */
    private static Integer documentedEnd(Entry open, List<Entry> dated) {
        return dated.stream()
                .filter(d -> d.endYear() != null && Objects.equals(d.status(), open.status())
                        && d.startYear() <= open.startYear() && open.startYear() < d.endYear())
                .map(Entry::endYear).findFirst().orElse(null);
    }

    private static void yearAxis(Html svg, int firstYear, int lastYear, double cellWidth, int rowCount) {
        int years = lastYear - firstYear + 1;
        int step = Math.max(1, (int) Math.ceil(34 / cellWidth));
        for (int year = firstYear; year <= lastYear; year++) {
            boolean labelled = (year - firstYear) % step == 0 || year == lastYear && years <= 3;
            double x = LABEL_WIDTH + (year - firstYear) * cellWidth;
            if (labelled) {
                svg.element("text", String.valueOf(year), "x", fmt(x + cellWidth / 2), "y", "18", "text-anchor", "middle", "fill", "#5b6875");
                svg.empty("line", "x1", fmt(x), "x2", fmt(x), "y1", "22", "y2", String.valueOf(TOP + rowCount * ROW_HEIGHT),
                        "stroke", "#e3e8ec");
            }
        }
    }

    private static void legend(Html svg, Map<String, String> statuses, boolean anyReported, int y, String lang) {
        double x = 8;
        for (Map.Entry<String, String> status : statuses.entrySet()) {
            svg.empty("rect", "x", fmt(x), "y", String.valueOf(y - 11), "width", "14", "height", "14", "rx", "2",
                    "fill", COLOURS.getOrDefault(status.getKey(), OTHER_COLOUR));
            svg.element("text", status.getValue(), "x", fmt(x + 19), "y", String.valueOf(y), "fill", "#1d2733");
            x += 30 + status.getValue().length() * 7.2;
        }
        if (anyReported) {
            svg.empty("rect", "x", fmt(x), "y", String.valueOf(y - 11), "width", "14", "height", "14", "rx", "2",
                    "fill", "#1f5f8b", "fill-opacity", "0.45", "stroke", "#1f5f8b", "stroke-dasharray", "3 2");
            svg.element("text", Messages.get("timeline.reported", lang), "x", fmt(x + 19), "y", String.valueOf(y), "fill", "#1d2733");
        }
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
