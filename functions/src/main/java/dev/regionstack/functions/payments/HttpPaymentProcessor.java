package dev.regionstack.functions.payments;

import dev.regionstack.functions.core.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The processor's HTTPS API: {@code GET <endpoint>/payments/<paymentId>} answers 404 or
 * {@code {"paymentId","orgId","status","credits","amount","currency"}}. The endpoint comes from a supplier (SSM,
 * read once per container), so the JDK's own HTTP client is all this needs.
 */
public final class HttpPaymentProcessor implements PaymentProcessor {
    private final Supplier<String> endpoint;
    private final HttpClient http;

    public HttpPaymentProcessor(Supplier<String> endpoint) {
        this.endpoint = endpoint;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    @Override
    public Optional<ProcessorPayment> find(String paymentId) {
        String base = endpoint.get().replaceAll("/+$", "");
        URI uri = URI.create(base + "/payments/" + URLEncoder.encode(paymentId, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ProcessorUnavailableException("payment processor unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProcessorUnavailableException("interrupted while calling the payment processor", e);
        }
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new ProcessorUnavailableException("payment processor answered " + response.statusCode(), null);
        }
        try {
            Map<?, ?> body = (Map<?, ?>) Json.parse(response.body());
            return Optional.of(new ProcessorPayment(
                    (String) body.get("paymentId"),
                    (String) body.get("orgId"),
                    (String) body.get("status"),
                    (BigDecimal) body.get("credits"),
                    ((BigDecimal) body.get("amount")).longValueExact(),
                    (String) body.get("currency")));
        } catch (RuntimeException e) {
            throw new ProcessorUnavailableException("payment processor answered an unexpected body", e);
        }
    }
}
