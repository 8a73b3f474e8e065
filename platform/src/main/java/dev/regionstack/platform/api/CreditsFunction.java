package dev.regionstack.platform.api;

import dev.regionstack.names.PhysicalNames;

/**
 * The credits service's Lambda functions: the fixed contract with the functions module (handler classes)
 * and the physical names other stacks rely on ({@code <project>-<env>-<name>}).
 */
public enum CreditsFunction {
    USAGE_CHECK("UsageCheck", "usage-check", "dev.regionstack.functions.usage.UsageCheckHandler::handleRequest"),
    GET_CREDITS("GetCredits", "get-credits", "dev.regionstack.functions.credits.GetCreditsHandler::handleRequest"),
    GRANT_CREDITS("GrantCredits", "grant-credits", "dev.regionstack.functions.credits.GrantCreditsHandler::handleRequest"),
    PAYMENTS("Payments", "payments", "dev.regionstack.functions.payments.PaymentHandler::handleRequest"),
    THRESHOLD_NOTIFICATION("ThresholdNotification", "threshold-notification",
            "dev.regionstack.functions.notify.ThresholdNotificationHandler::handleRequest");

    private final String constructId;
    private final String shortName;
    private final String handler;

    CreditsFunction(String constructId, String shortName, String handler) {
        this.constructId = constructId;
        this.shortName = shortName;
        this.handler = handler;
    }

    /** The construct id (logical ids hang on it). */
    public String constructId() { return constructId; }

    /** e.g. {@code usage-check}. */
    public String shortName() { return shortName; }

    /** {@code <class>::handleRequest}. */
    public String handler() { return handler; }

    /** The physical function name: {@code <namePrefix>-<shortName>}. */
    public String functionName(String namePrefix) { return namePrefix + "-" + shortName; }

    /** The short names the fleet validator checks ({@link PhysicalNames#FUNCTIONS}): a test holds them equal. */
    static java.util.List<String> shortNames() {
        return java.util.Arrays.stream(values()).map(CreditsFunction::shortName).toList();
    }
}
