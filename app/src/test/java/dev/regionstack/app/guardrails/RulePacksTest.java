package dev.regionstack.app.guardrails;

import dev.regionstack.platform.guardrails.Suppression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketProps;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The packs turn a non-compliant resource into error annotations, which the report makes readable. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RulePacksTest {
    private Stack stack;
    private List<String> errors;

    @BeforeAll
    void synthABadBucket() {
        App app = App.Builder.create().analyticsReporting(false).build();
        RulePacks.apply(app);
        stack = new Stack(app, "tiny", StackProps.builder()
                .env(Environment.builder().account("111111111111").region("eu-west-2").build()).build());
        new Bucket(stack, "Plain", BucketProps.builder().build());
        errors = new ArrayList<>();
        for (var artifact : app.synth().getStacks()) {
            for (var m : artifact.getMessages()) {
                if (m.getLevel() == software.amazon.awscdk.cxapi.SynthesisMessageLevel.ERROR) {
                    errors.add(m.getId() + ": " + m.getEntry().getData());
                }
            }
        }
    }

    @Test
    void aBucketWithoutAccessLogsOrTlsPolicyIsAnAwsSolutionsError() {
        assertThat(Annotations.fromStack(stack).findError("/tiny/Plain/Resource",
                Match.stringLikeRegexp("AwsSolutions-S10: .*"))).hasSize(1);
        assertThat(Annotations.fromStack(stack).findError("/tiny/Plain/Resource",
                Match.stringLikeRegexp("AwsSolutions-S1: .*"))).hasSize(1);
    }

    @Test
    void theNistPackRunsToo() {
        assertThat(Annotations.fromStack(stack).findError("*",
                Match.stringLikeRegexp("NIST\\.800\\.53\\.R5-S3BucketSSLRequestsOnly: .*"))).hasSize(1);
    }

    @Test
    void theReportNamesRuleStackAndResource() {
        String report = FindingsReport.render(errors);
        assertThat(report)
                .contains("\nAwsSolutions-S10  (1)\n  found:  The S3 Bucket or bucket policy does not require requests to use SSL.\n")
                .contains("\n  tiny\n    Plain/Resource\n")
                .endsWith("(see docs/guardrails.md).\n");
    }

    @Test
    void aSuppressionOnTheResourceSilencesOnlyItsRule() {
        App app = App.Builder.create().analyticsReporting(false).build();
        RulePacks.apply(app);
        Stack s = new Stack(app, "suppressed");
        Bucket bucket = new Bucket(s, "Plain", BucketProps.builder().build());
        RulePacks.suppress((software.amazon.awscdk.CfnResource) bucket.getNode().getDefaultChild(),
                Suppression.of("AwsSolutions-S1", "This bucket exists only to test suppressions."));
        app.synth();
        assertThat(Annotations.fromStack(s).findError("*", Match.stringLikeRegexp("AwsSolutions-S1: .*"))).isEmpty();
        assertThat(Annotations.fromStack(s).findError("*", Match.stringLikeRegexp("AwsSolutions-S10: .*"))).hasSize(1);
    }
}
