package dev.regionstack.platform.findings;

import software.amazon.awscdk.services.sns.ITopic;

import java.util.Objects;

/**
 * @param ruleName       the Config rule's name, at most 64 characters (names.NameRules); unique per account and region.
 *                       Required.
 * @param tagKey         the stack tag that scopes the rule to the environment's stacks, e.g. {@code Environment}.
 *                       Required.
 * @param tagValue       its value on those stacks. Required.
 * @param stackArnPrefix the start of the stack names the rule's role may run drift detection on, e.g. {@code acme-prod-}
 *                       (the role's CloudFormation statements name {@code stack/<prefix>*}). Required.
 * @param topic          the region's alert topic, which receives each stack that turns NON_COMPLIANT. Required.
 */
public record StackDriftAlertsProps(String ruleName, String tagKey, String tagValue, String stackArnPrefix, ITopic topic) {
    public StackDriftAlertsProps {
        Objects.requireNonNull(ruleName, "ruleName");
        Objects.requireNonNull(tagKey, "tagKey");
        Objects.requireNonNull(tagValue, "tagValue");
        Objects.requireNonNull(stackArnPrefix, "stackArnPrefix");
        Objects.requireNonNull(topic, "topic");
        if (stackArnPrefix.isEmpty()) throw new IllegalArgumentException("stackArnPrefix must not be empty: it would cover every stack");
    }
}
