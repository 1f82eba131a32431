package org.scokg.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A load generator, not a test: writes N variants of the articles in a directory, each with other
 * dates, places, states and numbers, so that every variant is a distinct article (its own hash) with
 * its own meetings and facts. Used to measure the server with thousands of articles:
 * {@code java src/test/java/org/scokg/tools/ArticleVariants.java SEEDS OUT 2000}.
 */
public final class ArticleVariants {
    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
            "September", "Oktober", "November", "Desember"};
    private static final String[] CITIES = {"Tianjin", "Bishkek", "Astana", "Dushanbe", "Tashkent", "Qingdao", "Ufa",
            "Samarkand", "Beijing", "Moskow", "Almaty", "Islamabad", "Teheran", "Minsk", "Yekaterinburg", "Chongqing"};
    private static final String[] STATES = {"China", "Rusia", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan",
            "Iran", "India", "Pakistan", "Belarus", "Mongolia", "Turki", "Mesir", "Qatar", "Kamboja", "Nepal"};
    private static final Pattern DAY_MONTH = Pattern.compile("\\((\\d{1,2})/(\\d{1,2})\\)");
    private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2}) (" + String.join("|", MONTHS) + ") (\\d{4})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final Pattern NUMBER = Pattern.compile("(?<![(/\\d])\\b\\d{1,3}\\b(?![/\\d]| (" + String.join("|", MONTHS) + "))");
    private static final Pattern CITY = Pattern.compile("\\b(" + String.join("|", CITIES) + "|Tianjing)\\b");
    private static final Pattern STATE = Pattern.compile("\\b(" + String.join("|", STATES) + ")\\b");

    private ArticleVariants() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ArticleVariants SEED_DIR OUT_DIR COUNT");
            System.exit(2);
        }
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                seeds.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        Path out = Files.createDirectories(Path.of(args[1]));
        int count = Integer.parseInt(args[2]);
        for (int i = 0; i < count; i++) {
            Random random = new Random(i);
            String text = variant(seeds.get(i % seeds.size()), random);
            Files.writeString(out.resolve(String.format("v%06d.txt", i)), text, StandardCharsets.UTF_8);
        }
        System.err.println(count + " articles written to " + out);
    }

    static String variant(String text, Random random) {
        String year = String.valueOf(2005 + random.nextInt(21));
        text = replace(NUMBER, text, m -> String.valueOf(1 + random.nextInt(500)));
        text = replace(DAY_MONTH, text, m -> "(" + (1 + random.nextInt(28)) + "/" + (1 + random.nextInt(12)) + ")");
        text = replace(DATE, text, m -> (1 + random.nextInt(28)) + " " + MONTHS[random.nextInt(12)] + " " + year);
        text = replace(YEAR, text, m -> m.group().startsWith("199") ? m.group() : year);
        String city = CITIES[random.nextInt(CITIES.length)];
        text = replace(CITY, text, m -> random.nextInt(3) == 0 ? CITIES[random.nextInt(CITIES.length)] : city);
        text = replace(STATE, text, m -> random.nextInt(4) == 0 ? STATES[random.nextInt(STATES.length)] : m.group());
        return text;
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
