package dev.regionstack.verify;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each credits function does with the resources its environment names: the contract between the functions
 * module's handlers and the platform (a test checks that every handler named here exists in the functions jar).
 * Environment variables: {@code TABLE_NAME}, {@code NOTIFICATION_QUEUE_URL}, {@code PAYMENT_ENDPOINT_PARAMETER},
 * {@code SES_FROM_ADDRESS}, {@code DOMAIN_ENDPOINT}.
 */
final class FunctionNeeds {
    /** The package of the platform's own handlers: a function there with no entry below is a problem. */
    static final String PACKAGE = "dev.regionstack.functions.";

    /** {@code UPDATE_TABLE}: only {@code dynamodb:UpdateItem} on the table (the data processor's one conditional write). */
    enum Use { READ_TABLE, WRITE_TABLE, UPDATE_TABLE, SEND_NOTIFICATION, READ_PAYMENT_ENDPOINT, SEND_EMAIL,
        /** {@code DOMAIN_ENDPOINT}: posts {@code _bulk} to an OpenSearch domain, as a role fine-grained access control maps. */
        INDEX_DOCUMENTS }

    static final Map<String, Set<Use>> BY_HANDLER = Map.of(
            "dev.regionstack.functions.usage.UsageCheckHandler", Set.of(Use.READ_TABLE, Use.WRITE_TABLE, Use.SEND_NOTIFICATION),
            "dev.regionstack.functions.credits.GetCreditsHandler", Set.of(Use.READ_TABLE),
            "dev.regionstack.functions.credits.GrantCreditsHandler", Set.of(Use.READ_TABLE, Use.WRITE_TABLE),
            "dev.regionstack.functions.payments.PaymentHandler", Set.of(Use.READ_TABLE, Use.WRITE_TABLE, Use.READ_PAYMENT_ENDPOINT),
            "dev.regionstack.functions.notify.ThresholdNotificationHandler", Set.of(Use.READ_TABLE, Use.WRITE_TABLE, Use.SEND_EMAIL),
            "dev.regionstack.functions.objects.ObjectEventHandler", Set.of(Use.UPDATE_TABLE),
            // rewrites the records Firehose hands it; calls nothing (Firehose's right to invoke it is DataPaths' concern)
            "dev.regionstack.functions.stream.StreamTransformHandler", Set.of(),
            "dev.regionstack.functions.search.LogShipperHandler", Set.of(Use.INDEX_DOCUMENTS));

    private FunctionNeeds() {}

    /** The uses of a handler ({@code class::method}); empty when it is not one of the platform's. */
    static Optional<Set<Use>> of(String handler) {
        String type = handler.contains("::") ? handler.substring(0, handler.indexOf("::")) : handler;
        return Optional.ofNullable(BY_HANDLER.get(type));
    }
}
