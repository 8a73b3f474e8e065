package dev.regionstack.deploy;

import java.util.List;

/**
 * What {@code cdk drift} found for one stack.
 *
 * @param stack     the stack name
 * @param status    in sync, drifted, not deployed, or failed
 * @param drifted   resources modified or deleted outside CloudFormation (DRIFTED only)
 * @param unchecked resources drift detection could not check (no support for the type, or no permission to read it)
 * @param reason    why it failed (FAILED only; else empty)
 * @param output    the CLI's output for the stack, for the details of a drift or a failure
 */
public record StackDrift(String stack, Status status, int drifted, int unchecked, String reason, List<String> output) {
    public enum Status { IN_SYNC, DRIFTED, NOT_DEPLOYED, FAILED }

    public StackDrift {
        output = List.copyOf(output);
    }

    /** One line, e.g. {@code acme-prod-us-east-1-app: 2 drifted resources}. */
    public String summary() {
        String checked = unchecked == 0 ? "" : " (" + unchecked + " resource" + (unchecked == 1 ? "" : "s") + " unchecked)";
        return stack + ": " + switch (status) {
            case IN_SYNC -> "in sync" + checked;
            case DRIFTED -> drifted + " drifted resource" + (drifted == 1 ? "" : "s") + checked;
            case NOT_DEPLOYED -> "not deployed";
            case FAILED -> "failed: " + reason;
        };
    }
}
