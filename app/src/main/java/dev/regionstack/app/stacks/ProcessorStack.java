package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Sizing;
import dev.regionstack.names.PhysicalNames;
import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.Suppression;
import dev.regionstack.platform.guardrails.SuppressionRule;
import dev.regionstack.platform.processor.ObjectProcessor;
import dev.regionstack.platform.processor.ObjectProcessorProps;
import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.kms.IKey;
import software.constructs.Construct;

import java.util.List;

import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/**
 * The {@code processor} layer of one region: the queue the region's data bucket notifies of object creation, and the
 * function {@code <project>-<env>-object-processor} that records each object in the environment's table
 * ({@link ObjectProcessor}). The bucket and the table replica are named ({@link DataStack#bucketName},
 * {@link DataReferences}), never taken from their stacks, so this stack only waits for them: the notification
 * configuration is written by CDK's notifications custom resource here, onto the bucket in place.
 */
public final class ProcessorStack extends Stack implements Guarded {
    public static final String LAYER = "processor";
    public static final String FUNCTION = "object-processor";

    private final ObjectProcessor processor;

    /** @param regionKey the region's key (security stack): the table's key and the function's logs' */
    public ProcessorStack(Construct scope, String id, StackProps props, Deployment deployment, IKey regionKey, String functionsJarPath) {
        super(scope, id, props);
        Sizing sizing = deployment.settings().sizing();
        processor = new ObjectProcessor(this, "Processor", new ObjectProcessorProps(
                DataStack.bucketName(deployment),
                DataReferences.table(this, deployment, regionKey),
                regionKey,
                functionName(deployment),
                functionsJarPath,
                sizing.lambdaMemoryMiB(),
                LogRetention.of(deployment.settings().knobs().logRetentionDays()),
                Removal.of(sizing.retainData())));
        CfnOutput.Builder.create(this, "QueueUrl").value(processor.queue().getQueueUrl())
                .description("Object-created events of " + DataStack.bucketName(deployment)).build();
        CfnOutput.Builder.create(this, "DeadLetterQueueUrl").value(processor.deadLetterQueue().getQueueUrl())
                .description("Object events the processor failed five times").build();
    }

    /** {@code <project>-<env>-object-processor}. */
    public static String functionName(Deployment deployment) {
        return PhysicalNames.function(deployment.project(), deployment.environment(), FUNCTION);
    }

    public ObjectProcessor processor() { return processor; }

    /** CDK's bucket-notifications handler is a per-stack singleton, outside the processor construct. */
    @Override
    public List<SuppressionRule> suppressions() { return SUPPRESSIONS; }

    private static final List<SuppressionRule> SUPPRESSIONS = List.of(
            on("AWS::IAM::Role", "BucketNotificationsHandler050a0587b7544547bf325f094a3db834/Role/Resource", Suppression.of("AwsSolutions-IAM4",
                    List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"),
                    "CDK's bucket-notifications handler runs once per deployment with the AWS-managed basic execution role, which only writes its own logs.")));
}
