package org.scokg.wikidata.snapshot;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.jena.riot.WebContent;

/**
 * Sends SPARQL CONSTRUCT queries to a query service (Wikidata's, or a stand-in in tests) and returns
 * the Turtle it answers. Polite as Wikimedia asks: a User-Agent naming the project, one request at a
 * time, timeouts, retries with exponential backoff on failures and 5xx answers, and on 429 the wait
 * {@code Retry-After} asks for. A 4xx other than 429 is the query's fault and is not retried.
 */
public final class QueryServiceClient {
    /** Waits between attempts; tests record the waits instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** The service refused the query itself (a 4xx other than 429): retrying cannot help. */
    public static final class RejectedQueryException extends IOException {
        RejectedQueryException(String message) {
            super(message);
        }
    }

    public static final String USER_AGENT = "sco-kg/1.0 (Indonesian SCO news knowledge graph; wikidata refresh; "
            + "Java HttpClient)";
    private final URI endpoint;
    private final HttpClient http;
    private final Duration readTimeout;
    private final int maxAttempts;
    private final Duration firstBackoff;
    private final Sleeper sleeper;

    public QueryServiceClient(URI endpoint, Duration connectTimeout, Duration readTimeout, int maxAttempts,
            Duration firstBackoff, Sleeper sleeper) {
        this.endpoint = endpoint;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.readTimeout = readTimeout;
        this.maxAttempts = maxAttempts;
        this.firstBackoff = firstBackoff;
        this.sleeper = sleeper;
    }

    /** The client for Wikidata's query service: 10 s to connect, 70 s to answer (its limit is 60 s), 5 attempts. */
    public static QueryServiceClient wikidata(URI endpoint) {
        return new QueryServiceClient(endpoint, Duration.ofSeconds(10), Duration.ofSeconds(70), 5,
                Duration.ofSeconds(2), d -> Thread.sleep(d.toMillis()));
    }

    /** The Turtle the service answers to a CONSTRUCT query. */
    public String construct(String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(readTimeout)
                .header("User-Agent", USER_AGENT + contact())
                .header("Accept", WebContent.contentTypeTurtle)
                .header("Content-Type", WebContent.contentTypeHTMLForm)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        String lastFailure = "";
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            Duration wait = firstBackoff.multipliedBy(1L << (attempt - 1));
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status == 200) {
                    return response.body();
                }
                lastFailure = "HTTP " + status;
                if (status == 429) {
                    wait = retryAfter(response).orElse(wait);
                } else if (status < 500) {
                    throw new RejectedQueryException(endpoint + " answered HTTP " + status + " to the query: "
                            + abbreviate(response.body()) + " (the query is at fault; it was not retried)");
                }
            } catch (RejectedQueryException e) {
                throw e;
            } catch (IOException e) {
                lastFailure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
            }
            if (attempt < maxAttempts) {
                sleeper.sleep(wait);
            }
        }
        throw new IOException(endpoint + " failed " + maxAttempts + " times (last: " + lastFailure
                + "); try again later");
    }

    /** Retry-After as seconds or as an HTTP date. */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            String v = value.strip();
            if (v.matches("\\d+")) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            }
            try {
                Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    /** Wikimedia asks for a way to reach the operator: set sco.wikidata.contact (an e-mail or URL). */
    private static String contact() {
        String contact = System.getProperty("sco.wikidata.contact", "");
        return contact.isBlank() ? "" : " contact: " + contact.replaceAll("[\\r\\n]", "");
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine;
    }
}
