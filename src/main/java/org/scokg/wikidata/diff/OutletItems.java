package org.scokg.wikidata.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Wikidata items of news outlets (for {@code stated in}, P248), from {@code data/wikidata/outlets.tsv}:
 * outlet name as the articles give it, QID, evidence. Only verified items belong there.
 */
public final class OutletItems {
    public static final Path DEFAULT = Path.of("data/wikidata/outlets.tsv");
    private final Map<String, String> byName;

    private OutletItems(Map<String, String> byName) {
        this.byName = byName;
    }

    public static OutletItems load(Path file) {
        Map<String, String> items = new HashMap<>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 3 || !cols[1].matches("Q\\d+")) {
                    throw new IllegalArgumentException(file + " line " + n + ": expected outlet, QID and evidence separated by tabs");
                }
                items.put(key(cols[0]), cols[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new OutletItems(items);
    }

    public Optional<String> item(String outlet) {
        return Optional.ofNullable(byName.get(key(outlet)));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
