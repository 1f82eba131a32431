package org.scokg.bench.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A tab-separated data file of the build ({@code data/bench/}): '#' comment lines, a header line, then rows. */
final class Tsv {
    /** One row, its cells by column name; {@code line} for the messages of whoever finds it wrong. */
    record Row(String file, int line, Map<String, String> cells) {
        String get(String column) {
            String value = cells.get(column);
            if (value == null) {
                throw new IllegalStateException(file + " line " + line + ": no column '" + column + "'");
            }
            return value;
        }

        IllegalStateException wrong(String why) {
            return new IllegalStateException(file + " line " + line + ": " + why + "; fix the row in data/bench/" + file);
        }
    }

    private Tsv() {}

    /** The rows of {@code /bench/NAME} on the class path. */
    static List<Row> read(String name) {
        try (InputStream in = Tsv.class.getResourceAsStream("/bench/" + name)) {
            if (in == null) {
                throw new IllegalStateException("data file bench/" + name + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            String[] header = null;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.length != header.length) {
                    throw new IllegalStateException(name + " line " + number + ": " + cells.length + " cells where the header has "
                            + header.length + "; fix the row in data/bench/" + name);
                }
                Map<String, String> byColumn = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    byColumn.put(header[i], cells[i].strip());
                }
                rows.add(new Row(name, number, byColumn));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
