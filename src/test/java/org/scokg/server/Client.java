package org.scokg.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;

/** An HTTP client for the tests: never follows redirects by itself, so every 303 can be checked. */
final class Client {
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Client() {}

    static HttpResponse<byte[]> get(String url, String... headers) {
        return send("GET", url, headers);
    }

    static HttpResponse<byte[]> head(String url, String... headers) {
        return send("HEAD", url, headers);
    }

    static HttpResponse<byte[]> send(String method, String url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    static HttpResponse<byte[]> post(String url, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET with Accept, following one 303: the description as a program receives it. */
    static HttpResponse<byte[]> dereference(String iri, String accept) {
        HttpResponse<byte[]> redirect = get(iri, "Accept", accept);
        if (redirect.statusCode() != 303) {
            throw new AssertionError("expected 303 from " + iri + " but got " + redirect.statusCode() + ": " + text(redirect));
        }
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return get(URI.create(iri).resolve(location).toString(), "Accept", accept);
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    static List<String> headers(HttpResponse<?> response, String name) {
        return response.headers().allValues(name);
    }

    /** The media type of the Content-Type, without parameters. */
    static String mediaType(HttpResponse<?> response) {
        String type = header(response, "Content-Type");
        return type == null ? null : type.split(";")[0].trim().toLowerCase();
    }

    /** The body parsed as the RDF syntax its Content-Type names (a JSON-LD context is fetched from the server). */
    static Model rdf(HttpResponse<byte[]> response, String baseUri) {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType(response));
        if (lang == null) {
            throw new AssertionError("not an RDF media type: " + header(response, "Content-Type"));
        }
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new ByteArrayInputStream(response.body())).lang(lang).base(baseUri).parse(model);
        return model;
    }
}
