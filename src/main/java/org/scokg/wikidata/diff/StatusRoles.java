package org.scokg.wikidata.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The statuses of {@code data/wikidata/status-roles.tsv}: per line the status, its label, the Wikidata
 * property that states it (empty while none is verified), the P2868 role item on that statement
 * ({@code -} for none) and the evidence or the reason.
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
            boolean modelled = cols.length == 5 && cols[2].matches("P\\d+") && (cols[3].equals("-") || cols[3].matches("Q\\d+"));
            boolean unmodelled = cols.length == 5 && cols[2].isEmpty() && cols[3].isEmpty();
            if (!modelled && !unmodelled) {
                throw new IllegalArgumentException(name + " line " + (i + 1) + ": expected status, label, property"
                        + " (P..., or empty while none is verified), role item (Q... or -; empty with no property)"
                        + " and note separated by tabs");
            }
            Optional<String> property = modelled ? Optional.of(cols[2]) : Optional.empty();
            Optional<String> role = cols[3].matches("Q\\d+") ? Optional.of(cols[3]) : Optional.empty();
            roles.put(cols[0], new StatusRole(cols[0], cols[1], property, role, cols[4]));
        }
        return new StatusRoles(roles);
    }

    public Optional<StatusRole> of(String status) {
        return Optional.ofNullable(byStatus.get(status));
    }

    /** The status a Wikidata statement of {@code property} with the subject-has-role {@code role} states. */
    public Optional<StatusRole> ofStatement(String property, Optional<String> role) {
        return byStatus.values().stream().filter(r -> r.states(property, role)).findFirst();
    }

    /** The properties of the verified models: the statements a snapshot and the diff read. */
    public Set<String> properties() {
        Set<String> properties = new LinkedHashSet<>();
        byStatus.values().forEach(r -> r.property().ifPresent(properties::add));
        return properties;
    }
}
