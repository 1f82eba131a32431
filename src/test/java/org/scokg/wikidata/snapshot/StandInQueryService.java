package org.scokg.wikidata.snapshot;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A local stand-in for the Wikidata Query Service on a free loopback port: it answers each request
 * with the next scripted reply (status, headers, body, or a body computed from the query) and keeps
 * what it received.
 */
final class StandInQueryService implements AutoCloseable {
    record Reply(int status, Map<String, String> headers, Function<String, String> body) {
        static Reply of(int status, String body) {
            return new Reply(status, Map.of(), q -> body);
        }
    }

    record Received(String method, String userAgent, String accept, String query) {}

    private final HttpServer server;
    private final Deque<Reply> replies = new ArrayDeque<>();
    final List<Received> received = new ArrayList<>();

    StandInQueryService(List<Reply> script) throws IOException {
        replies.addAll(script);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/sparql", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String query = body.startsWith("query=") ? URLDecoder.decode(body.substring(6), StandardCharsets.UTF_8) : "";
            synchronized (this) {
                received.add(new Received(exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("User-Agent"),
                        exchange.getRequestHeaders().getFirst("Accept"), query));
            }
            Reply reply = replies.isEmpty() ? Reply.of(500, "script exhausted") : replies.poll();
            byte[] bytes = reply.body().apply(query).getBytes(StandardCharsets.UTF_8);
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.getResponseHeaders().add("Content-Type", "text/turtle; charset=utf-8");
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sparql");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
