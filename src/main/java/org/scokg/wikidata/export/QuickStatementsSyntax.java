package org.scokg.wikidata.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scokg.wikidata.model.Wikidata;

/**
 * A check of QuickStatements V1 statement commands, modelled on the parser of QuickStatements
 * ({@code importDataFromV1} and {@code parseValueV1} in magnusmanske/quickstatements,
 * public_html/quickstatements.php): the trailing comment is the edit summary, columns are split on
 * tabs, a statement is item, property and value followed by pairs of qualifier ({@code P}) or source
 * ({@code S}) and value. Stricter than the parser where it would silently guess: a time must give its
 * precision, digits finer than the precision must be zero, and the properties this project writes
 * must carry the datatype Wikidata gives them.
 */
public final class QuickStatementsSyntax {
    /** The parser's own pattern for the summary comment. */
    private static final Pattern COMMENT = Pattern.compile("^(.*?) */\\* *(.*?) *\\*/ *$");
    private static final Pattern ITEM = Pattern.compile("Q\\d+");
    private static final Pattern KEY = Pattern.compile("(S|P|!S)(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STRING = Pattern.compile("^\"(.*)\"$", Pattern.DOTALL);
    private static final Pattern MONOLINGUAL = Pattern.compile("^([a-z_-]+):\"(.*)\"$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TIME = Pattern.compile(
            "^([+-]?)(\\d+)-(\\d\\d)-(\\d\\d)T(\\d\\d):(\\d\\d):(\\d\\d)Z/?(\\d*)(/J)?$", Pattern.CASE_INSENSITIVE);

    private enum Type { ITEM, STRING, MONOLINGUAL, TIME }

    /** The datatype of each property this project writes (Wikidata's property pages, see data/wikidata/verified.tsv). */
    private static final Map<String, Type> DATATYPES = Map.ofEntries(
            Map.entry(Wikidata.MEMBER_OF, Type.ITEM), Map.entry(Wikidata.OFFICIAL_OBSERVER_STATUS, Type.ITEM),
            Map.entry(Wikidata.SUBJECT_HAS_ROLE, Type.ITEM),
            Map.entry(Wikidata.START_TIME, Type.TIME), Map.entry(Wikidata.END_TIME, Type.TIME),
            Map.entry(Wikidata.REFERENCE_URL, Type.STRING), Map.entry(Wikidata.STATED_IN, Type.ITEM),
            Map.entry(Wikidata.TITLE, Type.MONOLINGUAL), Map.entry(Wikidata.PUBLICATION_DATE, Type.TIME),
            Map.entry(Wikidata.LANGUAGE_OF_WORK, Type.ITEM), Map.entry(Wikidata.RETRIEVED, Type.TIME),
            Map.entry(Wikidata.QUOTE, Type.MONOLINGUAL));

    private QuickStatementsSyntax() {}

    /** Whether a text survives V1 quoting as written: no tab or line break, no comment mark, no outer blanks. */
    public static boolean quotable(String text) {
        return !text.isEmpty() && text.equals(text.strip()) && text.chars().noneMatch(c -> c == '\t' || c == '\n' || c == '\r')
                && !text.contains("/*") && !text.contains("*/") && !text.contains("||");
    }

    /** One message per fault, naming the line; empty when every line is a well-formed statement command. */
    public static List<String> errors(List<String> lines) {
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String error = error(lines.get(i));
            if (error != null) {
                errors.add("line " + (i + 1) + ": " + error);
            }
        }
        return errors;
    }

    /** The fault of one command, or null. */
    static String error(String line) {
        if (line.contains("\n") || line.contains("\r")) {
            return "a line break inside a command";
        }
        String row = line.strip();
        Matcher comment = COMMENT.matcher(row);
        if (!comment.matches() || comment.group(2).isEmpty()) {
            return "no edit summary (/* ... */ at the end)";
        }
        row = comment.group(1);
        if (row.contains("*/") || comment.group(2).contains("/*")) {
            return "a comment mark inside the command: the parser would take what follows it as the edit summary";
        }
        String[] cols = row.split("\t", -1);
        if (cols.length < 3 || !ITEM.matcher(cols[0].strip()).matches() || !cols[1].strip().matches("P\\d+")) {
            return "not a statement: expected item, property and value separated by tabs";
        }
        String fault = value(cols[1].strip(), cols[2]);
        if (fault != null) {
            return fault;
        }
        if ((cols.length - 3) % 2 != 0) {
            return "Incomplete reference/qualifier list (an odd number of columns after the value)";
        }
        for (int c = 3; c < cols.length; c += 2) {
            Matcher key = KEY.matcher(cols[c].strip());
            if (!key.matches()) {
                return "column " + (c + 1) + ": '" + cols[c] + "' is neither a qualifier (P..) nor a source (S..)";
            }
            fault = value("P" + key.group(2), cols[c + 1]);
            if (fault != null) {
                return "column " + (c + 2) + ": " + fault;
            }
        }
        return null;
    }

    private static String value(String property, String raw) {
        String v = raw.strip();
        Type type;
        if (ITEM.matcher(v).matches()) {
            type = Type.ITEM;
        } else if (STRING.matcher(v).matches()) {
            type = Type.STRING;
        } else if (MONOLINGUAL.matcher(v).matches()) {
            type = Type.MONOLINGUAL;
        } else if (TIME.matcher(v).matches()) {
            String fault = time(v);
            if (fault != null) {
                return fault;
            }
            type = Type.TIME;
        } else {
            return "Unknown V1 value format: " + v;
        }
        Type expected = DATATYPES.get(property);
        return expected == null || expected == type ? null
                : property + " takes a " + expected.name().toLowerCase() + " value, not " + v;
    }

    private static String time(String v) {
        Matcher m = TIME.matcher(v);
        m.matches();
        if (m.group(8).isEmpty()) {
            return "a time without its precision (/9 year, /10 month, /11 day): " + v;
        }
        int precision = Integer.parseInt(m.group(8));
        int month = Integer.parseInt(m.group(3));
        int day = Integer.parseInt(m.group(4));
        if (precision < 0 || precision > 14) {
            return "precision " + precision + " is not one of Wikibase's (0 to 14): " + v;
        }
        if (month > 12 || day > 31 || (precision >= 10 && month == 0) || (precision >= 11 && day == 0)) {
            return "a date that does not exist at its precision: " + v;
        }
        if ((precision < 10 && month != 0) || (precision < 11 && day != 0)) {
            return "digits finer than the precision must be zero: " + v;
        }
        return null;
    }
}
