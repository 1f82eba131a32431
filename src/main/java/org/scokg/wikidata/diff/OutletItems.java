package org.scokg.wikidata.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Wikidata items of news outlets (for {@code stated in}, P248), from {@code data/wikidata/outlets.tsv}:
 * outlet name as the articles give it or the outlet's domain, QID, evidence. Only verified items belong there.
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

    /**
     * The item of the outlet an article names, else of the domain its address is on ({@code
     * internasional.republika.co.id} is looked up as itself, then {@code republika.co.id}, {@code co.id}).
     */
    public Optional<String> item(Optional<String> outlet, Optional<String> url) {
        return outlet.map(o -> byName.get(key(o))).or(() -> url.flatMap(this::itemOfDomain));
    }

    private Optional<String> itemOfDomain(String url) {
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (String domain = host == null ? "" : key(host); domain.contains("."); domain = domain.substring(domain.indexOf('.') + 1)) {
            String qid = byName.get(domain);
            if (qid != null) {
                return Optional.of(qid);
            }
        }
        return Optional.empty();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
