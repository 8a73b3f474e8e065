package dev.regionstack.app.stacks;

import dev.regionstack.platform.guardrails.Reasons;
import dev.regionstack.platform.guardrails.SuppressionRule;

import java.util.List;

import static dev.regionstack.platform.guardrails.Suppression.NIST;
import static dev.regionstack.platform.guardrails.Suppression.of;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/** What {@link GlobalResilienceStack} accepts on the Region switch roles it creates (paths relative to the stack). */
final class GlobalResilienceSuppressions {
    private GlobalResilienceSuppressions() {}

    static final List<SuppressionRule> ALL = List.of(
            on("AWS::IAM::Policy", "ExecutionRole/DefaultPolicy/Resource", of("AwsSolutions-IAM5", List.of("Resource::*"),
                    "The Region switch execution role's actions " + String.join(", ", GlobalResilienceStack.UNSCOPED_ACTIONS)
                            + " take no resource-level permissions (AWS's sample"
                            + " policy for Region switch's ECS block names Resource *); every other statement of the role names"
                            + " this environment's services, clusters, alarms and Aurora clusters.")),
            on("AWS::IAM::Policy", "ExecutionRole/DefaultPolicy/Resource", of(NIST + "IAMNoInlinePolicy", Reasons.CDK_GRANT_INLINE)),
            on("AWS::IAM::Policy", "ApproverRole/DefaultPolicy/Resource", of(NIST + "IAMNoInlinePolicy", Reasons.CDK_GRANT_INLINE)));
}
