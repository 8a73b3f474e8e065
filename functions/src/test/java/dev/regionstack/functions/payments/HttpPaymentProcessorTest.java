package dev.regionstack.functions.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real HTTP adapter against a loopback JDK server standing in for the processor. */
class HttpPaymentProcessorTest {
    private HttpServer server;
    private String endpoint;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/payments/", exchange -> {
            String id = exchange.getRequestURI().getPath().substring("/payments/".length());
            byte[] body = ("{\"paymentId\":\"" + id + "\",\"orgId\":\"acme\",\"status\":\"succeeded\","
                    + "\"credits\":500,\"amount\":4900,\"currency\":\"EUR\"}").getBytes(StandardCharsets.UTF_8);
            int status = id.equals("pay-1") ? 200 : id.equals("broken") ? 503 : 404;
            exchange.sendResponseHeaders(status, status == 200 ? body.length : -1);
            if (status == 200) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        endpoint = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsAPaymentFromTheProcessor() {
        assertThat(new HttpPaymentProcessor(() -> endpoint).find("pay-1"))
                .contains(new ProcessorPayment("pay-1", "acme", "succeeded", 500, 4900, "EUR"));
    }

    @Test
    void anUnknownPaymentIsEmpty() {
        assertThat(new HttpPaymentProcessor(() -> endpoint).find("pay-2")).isEqualTo(Optional.empty());
    }

    @Test
    void aServerErrorIsProcessorUnavailable() {
        assertThatThrownBy(() -> new HttpPaymentProcessor(() -> endpoint).find("broken"))
                .isInstanceOf(PaymentProcessor.ProcessorUnavailableException.class)
                .hasMessage("payment processor answered 503");
    }

    @Test
    void theEndpointIsReadOnceForManyPayments() {
        AtomicInteger reads = new AtomicInteger();
        Supplier<String> fromSsm = () -> {
            reads.incrementAndGet();
            return endpoint;
        };
        HttpPaymentProcessor processor = new HttpPaymentProcessor(dev.regionstack.functions.ServicesAccess.once(fromSsm));

        processor.find("pay-1");
        processor.find("pay-2");

        assertThat(reads.get()).isEqualTo(1);
    }
}
