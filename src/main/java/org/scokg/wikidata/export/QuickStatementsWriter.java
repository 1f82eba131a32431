package org.scokg.wikidata.export;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Statements as QuickStatements V1 commands: one tab-separated line each, item, property, value,
 * qualifiers ({@code P...}), the reference ({@code S...}), and the edit summary as the trailing
 * {@code /* ... *}{@code /} comment. Strings are written as they are, quotes included: V1 reads
 * everything between the first and the last quote of a value as its text.
 */
public final class QuickStatementsWriter {
    private QuickStatementsWriter() {}

    public static List<String> lines(List<ExportStatement> statements) {
        Set<String> lines = new LinkedHashSet<>();
        statements.forEach(s -> lines.add(line(s)));
        return List.copyOf(lines);
    }

    static String line(ExportStatement s) {
        StringBuilder b = new StringBuilder(s.item()).append('\t').append(s.property()).append('\t').append(s.value());
        s.qualifiers().forEach(q -> b.append('\t').append(q.property()).append('\t').append(value(q.value())));
        s.reference().forEach(r -> b.append('\t').append('S').append(r.property().substring(1)).append('\t')
                .append(value(r.value())));
        return b.append(" /* ").append(s.summary()).append(" */").toString();
    }

    static String value(Snak.Value value) {
        if (value instanceof Snak.Item i) {
            return i.qid();
        } else if (value instanceof Snak.Url u) {
            return quoted(u.url());
        } else if (value instanceof Snak.Monolingual m) {
            return m.language() + ":" + quoted(m.text());
        }
        return ((Snak.Time) value).time().quickStatements();
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
