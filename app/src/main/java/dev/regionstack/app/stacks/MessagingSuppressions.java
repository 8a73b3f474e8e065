package dev.regionstack.app.stacks;

import dev.regionstack.platform.guardrails.Reasons;
import dev.regionstack.platform.guardrails.SuppressionRule;

import java.util.List;

import static dev.regionstack.platform.guardrails.Suppression.NIST;
import static dev.regionstack.platform.guardrails.Suppression.of;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/** What {@link MessagingStack} accepts on the event bucket it creates itself (paths relative to the stack). */
final class MessagingSuppressions {
    private MessagingSuppressions() {}

    private static final String EVENTS = "The event bucket only receives Firehose deliveries of the region's event stream";
    private static final String EVENT_ACCESS = "; " + Reasons.GUARDDUTY_S3
            + " analyses the object-level calls to it in place of server access logs.";

    static final List<SuppressionRule> ALL = List.of(
            on("AWS::S3::Bucket", "EventBucket/Resource", of("AwsSolutions-S1", EVENTS + EVENT_ACCESS)),
            on("AWS::S3::Bucket", "EventBucket/Resource", of(NIST + "S3BucketLoggingEnabled", EVENTS + EVENT_ACCESS)),
            on("AWS::S3::Bucket", "EventBucket/Resource", of(NIST + "S3BucketReplicationEnabled",
                    EVENTS + ", which every region has its own copy of.")));
}
