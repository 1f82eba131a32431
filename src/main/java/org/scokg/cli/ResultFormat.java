package org.scokg.cli;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code sco query --format}: how the results are written to stdout. */
enum ResultFormat {
    CSV, TSV, JSON, TEXT;

    void write(OutputStream out, ResultSet results) {
        switch (this) {
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
            case TEXT -> ResultSetFormatter.out(out, results);
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
        }
    }

    /** The name as typed on the command line. */
    String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The values {@code --format} takes, for help and completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(ResultFormat::optionValue).iterator();
        }
    }

    /** Reads {@code --format} values: the lower-case names. */
    static final class Converter implements ITypeConverter<ResultFormat> {
        @Override
        public ResultFormat convert(String value) {
            return Arrays.stream(values()).filter(f -> f.optionValue().equals(value)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("--format is one of " + String.join(", ", new Names())));
        }
    }
}
