package dev.regionstack.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A loopback stand-in for ARC Region switch's data plane, speaking what the SDK's client speaks (Smithy RPC v2 CBOR:
 * {@code POST /service/<service>/operation/<Operation>}, CBOR bodies). Each operation answers from a queue of
 * replies (the last one repeats); every request is recorded with its decoded body.
 */
final class ArcStandIn implements AutoCloseable {
    private static final CBORMapper CBOR = new CBORMapper();

    record Request(String operation, JsonNode body) {}

    private final HttpServer server;
    private final Map<String, Deque<Map<String, Object>>> replies = new HashMap<>();
    private final List<Request> requests = new ArrayList<>();

    ArcStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String operation = path.substring(path.lastIndexOf('/') + 1);
            byte[] body = exchange.getRequestBody().readAllBytes();
            synchronized (this) {
                requests.add(new Request(operation, body.length == 0 ? CBOR.createObjectNode() : CBOR.readTree(body)));
            }
            Deque<Map<String, Object>> queue = replies.get(operation);
            Map<String, Object> reply = queue == null ? Map.of() : queue.size() > 1 ? queue.poll() : queue.peek();
            byte[] bytes = CBOR.writeValueAsBytes(reply);
            exchange.getResponseHeaders().add("Content-Type", "application/cbor");
            exchange.getResponseHeaders().add("smithy-protocol", "rpc-v2-cbor");
            exchange.sendResponseHeaders(queue == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    /** Replies of {@code operation}, in order; the last repeats. */
    ArcStandIn answer(String operation, Map<String, Object> first, Map<String, Object>... more) {
        Deque<Map<String, Object>> queue = new ArrayDeque<>();
        queue.add(first);
        queue.addAll(List.of(more));
        replies.put(operation, queue);
        return this;
    }

    URI endpoint() { return URI.create("http://127.0.0.1:" + server.getAddress().getPort()); }

    synchronized List<Request> requests() { return List.copyOf(requests); }

    @Override
    public void close() { server.stop(0); }
}
