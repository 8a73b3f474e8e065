package dev.regionstack.functions.payments;

import java.util.Optional;

/** Looks a payment up at the payment processor. Production: {@link HttpPaymentProcessor}. */
@FunctionalInterface
public interface PaymentProcessor {
    /** Empty when the processor does not know the payment; throws {@link ProcessorUnavailableException}. */
    Optional<ProcessorPayment> find(String paymentId);

    /** The processor could not be reached or answered something unexpected. */
    final class ProcessorUnavailableException extends RuntimeException {
        public ProcessorUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
