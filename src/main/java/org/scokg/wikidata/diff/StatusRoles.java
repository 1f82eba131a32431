package org.scokg.wikidata.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statuses of {@code data/wikidata/status-roles.tsv}: per line the status, its label, the P2868
 * role item ({@code -} for none, empty when no item was verified) and the evidence or the reason.
 */
public final class StatusRoles {
    public static final Path DEFAULT = Path.of("data/wikidata/status-roles.tsv");
    private final Map<String, StatusRole> byStatus;

    private StatusRoles(Map<String, StatusRole> byStatus) {
        this.byStatus = byStatus;
    }

    public static StatusRoles load(Path file) {
        try {
            return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage()
                    + " (it lists how Wikidata models each membership status)", e);
        }
    }

    static StatusRoles parse(String name, List<String> lines) {
        Map<String, StatusRole> roles = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 4 || !(cols[2].isEmpty() || cols[2].equals("-") || cols[2].matches("Q\\d+"))) {
                throw new IllegalArgumentException(name + " line " + (i + 1)
                        + ": expected status, label, role item (Q..., - or empty) and note separated by tabs");
            }
            boolean none = cols[2].equals("-");
            Optional<String> role = cols[2].matches("Q\\d+") ? Optional.of(cols[2]) : Optional.empty();
            roles.put(cols[0], new StatusRole(cols[0], cols[1], role, none || role.isPresent(), cols[3]));
        }
        return new StatusRoles(roles);
    }

    public Optional<StatusRole> of(String status) {
        return Optional.ofNullable(byStatus.get(status));
    }

    /** The status a Wikidata P463 statement states: the one whose role is the statement's P2868 value. */
    public Optional<StatusRole> ofRole(Optional<String> role) {
        return byStatus.values().stream().filter(r -> r.verified() && r.role().equals(role)).findFirst();
    }
}
