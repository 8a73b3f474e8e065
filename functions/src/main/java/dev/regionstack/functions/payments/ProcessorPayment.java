package dev.regionstack.functions.payments;

import java.math.BigDecimal;

/**
 * A payment as the payment processor reports it.
 *
 * @param status  {@code succeeded} once the money is captured; anything else is not (yet) creditable
 * @param credits the credits the payment bought, as the processor wrote them (checked by {@link PaymentService})
 * @param amount  the amount in the currency's minor unit (cents), for the record
 */
public record ProcessorPayment(String paymentId, String orgId, String status, BigDecimal credits, long amount,
        String currency) {

    public ProcessorPayment(String paymentId, String orgId, String status, long credits, long amount, String currency) {
        this(paymentId, orgId, status, BigDecimal.valueOf(credits), amount, currency);
    }

    public boolean succeeded() {
        return "succeeded".equals(status);
    }
}
