package dev.regionstack.platform.guardrails;

import dev.regionstack.platform.TestStacks;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.s3.Bucket;
import software.constructs.Construct;

import static org.assertj.core.api.Assertions.assertThat;

class LogicalIdsTest {
    /** The readable part is what CDK puts before the 8-character hash of the logical id it allocates. */
    private static void assertReadablePartOf(CfnResource element, String expected) {
        String logicalId = Stack.of(element).resolve(Stack.of(element).getLogicalId(element)).toString();
        assertThat(LogicalIds.readablePart(element)).isEqualTo(expected);
        assertThat(logicalId).matches(expected + "[0-9A-F]{8}");
    }

    @Test
    void resourceComponentsAreDropped() {
        Stack stack = TestStacks.stack();
        Bucket bucket = new Bucket(new Construct(stack, "ConfigBucket"), "Resource");
        assertReadablePartOf((CfnResource) bucket.getNode().getDefaultChild(), "ConfigBucket");
    }

    @Test
    void defaultComponentsAndRepeatsAreDroppedAndNonAlphanumericsRemoved() {
        Stack stack = TestStacks.stack();
        Construct outer = new Construct(new Construct(stack, "Event-Stream"), "Default");
        Bucket bucket = new Bucket(new Construct(outer, "Stream"), "Logs.v1");
        assertReadablePartOf((CfnResource) bucket.getNode().getDefaultChild(), "EventStreamLogsv1");
    }
}
