package dev.regionstack.functions.payments;

import dev.regionstack.functions.core.ApiException;
import dev.regionstack.functions.core.Ledger;
import dev.regionstack.functions.credits.Accounts;
import dev.regionstack.functions.credits.CreditsService;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * POST /payments: asks the processor about the payment, then records it and grants its credits exactly once
 * (the PAYMENT ledger record, kept without TTL, is the payment record).
 */
public final class PaymentService {
    private final PaymentProcessor processor;
    private final CreditsService credits;

    public PaymentService(PaymentProcessor processor, CreditsService credits) {
        this.processor = processor;
        this.credits = credits;
    }

    /** Asks the processor only for a payment not recorded yet; a recorded one answers from its record. */
    public Ledger.Result record(String orgId, String paymentId) {
        return credits.recordPayment(orgId, paymentId, () -> confirm(orgId, paymentId));
    }

    private CreditsService.Purchase confirm(String orgId, String paymentId) {
        ProcessorPayment payment;
        try {
            payment = processor.find(paymentId)
                    .orElseThrow(() -> new ApiException(404, "unknown_payment", "the payment processor does not know this payment"));
        } catch (PaymentProcessor.ProcessorUnavailableException e) {
            throw new ApiException(502, "payment_processor_unavailable", "the payment processor could not be asked; retry later");
        }
        if (!orgId.equals(payment.orgId())) {
            throw new ApiException(422, "payment_org_mismatch", "this payment belongs to another organisation");
        }
        if (!payment.succeeded()) {
            throw new ApiException(409, "payment_not_settled", "the payment is '" + payment.status()
                    + "', not 'succeeded'; retry once it has settled", Map.of("paymentStatus", String.valueOf(payment.status())));
        }
        if (payment.credits() == null || payment.credits().signum() <= 0) {
            throw new ApiException(422, "payment_without_credits", "the payment buys no credits");
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("paymentId", paymentId);
        record.put("orgId", orgId);
        record.put("amount", payment.amount());
        record.put("currency", payment.currency());
        BigDecimal credits = payment.credits();
        if (credits.compareTo(BigDecimal.valueOf(Accounts.MAX_CREDITS)) > 0 || credits.stripTrailingZeros().scale() > 0) {
            // Not a retryable state: the processor's answer itself is wrong. Recorded so that it is looked at once,
            // by a person, rather than asked again on every retry.
            record.put("credits", credits);
            return CreditsService.Purchase.rejected(record, "the payment processor reported " + credits.toPlainString()
                    + " credits; a payment buys a whole number of credits, at most " + Accounts.MAX_CREDITS);
        }
        return new CreditsService.Purchase(record, credits.longValueExact(), null);
    }
}
