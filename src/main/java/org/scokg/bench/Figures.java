package org.scokg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The figures of one benchmark run, in the order they were measured, with the machine they came from:
 * printed as a table as they come, and written as JSON at the end.
 */
public final class Figures {
    /** One measured value: {@code name} says what was measured, {@code note} how (optional). */
    public record Figure(String name, double value, String unit, String note) {}

    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final PrintStream out;

    /** @param out where each figure is printed as it is added */
    public Figures(PrintStream out) {
        this.out = out;
        Runtime runtime = Runtime.getRuntime();
        settings.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        settings.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        settings.put("cores", Integer.toString(runtime.availableProcessors()));
        settings.put("maxHeapMiB", Long.toString(runtime.maxMemory() >> 20));
    }

    /** A setting of the run (corpus size, seed, ...), kept with the machine's. */
    public void setting(String name, Object value) {
        settings.put(name, String.valueOf(value));
    }

    public void add(String name, double value, String unit) {
        add(name, value, unit, "");
    }

    public void add(String name, double value, String unit, String note) {
        Figure figure = new Figure(name, value, unit, note == null ? "" : note);
        figures.add(figure);
        out.println(line(figure));
    }

    public List<Figure> all() {
        return List.copyOf(figures);
    }

    public Map<String, String> settings() {
        return Map.copyOf(settings);
    }

    /** The value of the figure of that name, or NaN when it was not measured in this run. */
    public double value(String name) {
        return figures.stream().filter(f -> f.name().equals(name)).mapToDouble(Figure::value).findFirst().orElse(Double.NaN);
    }

    public void writeJson(Path file) throws IOException {
        JsonObject json = new JsonObject();
        JsonObject machine = new JsonObject();
        settings.forEach(machine::put);
        json.put("settings", machine);
        JsonArray measured = new JsonArray();
        for (Figure figure : figures) {
            JsonObject entry = new JsonObject();
            entry.put("name", figure.name());
            // JSON has no NaN: a figure that could not be measured (no request answered) is null
            entry.put("value", Double.isFinite(figure.value()) ? JsonNumber.value(figure.value()) : JsonNull.instance);
            entry.put("unit", figure.unit());
            if (!figure.note().isEmpty()) {
                entry.put("note", figure.note());
            }
            measured.add(entry);
        }
        json.put("figures", measured);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream stream = Files.newOutputStream(file)) {
            JSON.write(stream, json);
        }
    }

    private static String line(Figure figure) {
        String value = Math.abs(figure.value()) >= 100 || figure.value() == Math.rint(figure.value())
                ? String.format(Locale.ROOT, "%.0f", figure.value())
                : String.format(Locale.ROOT, "%.2f", figure.value());
        return String.format(Locale.ROOT, "%-48s %12s %-14s %s", figure.name(), value, figure.unit(), figure.note()).stripTrailing();
    }
}
