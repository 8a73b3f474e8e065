package dev.regionstack.platform.processor;

import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.Reasons;
import dev.regionstack.platform.guardrails.SuppressionRule;
import dev.regionstack.platform.lambda.JavaFunction;
import dev.regionstack.platform.lambda.JavaFunctionProps;
import dev.regionstack.platform.messaging.QueueWithDeadLetter;
import dev.regionstack.platform.messaging.QueueWithDeadLetterProps;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSourceProps;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.EventType;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.notifications.SqsDestination;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

import static dev.regionstack.platform.guardrails.Suppression.NIST;
import static dev.regionstack.platform.guardrails.Suppression.of;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/**
 * The {@code processor} component: object creation in the region's data bucket → S3 event notification → an SQS
 * queue (with a dead-letter queue) → the Java handler {@value #HANDLER}, which records each object in the table.
 *
 * <ul>
 * <li>The queues have a key of their own, {@code QueueKey}: S3 must be allowed to use the key of an encrypted
 *     destination queue, and that grant (CDK's {@link SqsDestination} adds it to the key policy) should reach no
 *     other data. The queue policy lets only {@code s3.amazonaws.com} send, and only for this bucket.</li>
 * <li>The bucket belongs to another stack (the primary's data stack, or elsewhere the region's security stack): it is
 *     imported by name, so CDK writes the notification with its {@code Custom::S3BucketNotifications} resource in
 *     unmanaged mode ({@code Managed: false}), which adds this configuration to whatever else the bucket notifies
 *     and on delete removes only its own. No reference goes back to the bucket's stack: no cycle.</li>
 * <li>The handler reads only the event, never the object: no S3 rights. It may {@code dynamodb:UpdateItem} the
 *     table and use the table's key, and consume the queue (the event source mapping, with
 *     {@code ReportBatchItemFailures}, on the {@code live} alias).</li>
 * </ul>
 */
public final class ObjectProcessor extends Construct implements Guarded {
    public static final String HANDLER = "dev.regionstack.functions.objects.ObjectEventHandler::handleRequest";
    /** The handler's timeout; the queue's visibility timeout is six times it, as AWS recommends for SQS event sources. */
    public static final Duration TIMEOUT = Duration.seconds(30);

    private final QueueWithDeadLetter queue;
    private final JavaFunction function;

    public ObjectProcessor(Construct scope, String id, ObjectProcessorProps props) {
        super(scope, id);
        Key queueKey = Key.Builder.create(this, "QueueKey")
                .description("Encrypts the object-event queues of " + props.functionName())
                .enableKeyRotation(true)
                .removalPolicy(props.removalPolicy())
                .build();
        queue = new QueueWithDeadLetter(this, "Queue", new QueueWithDeadLetterProps(queueKey, Duration.seconds(6 * 30), 5));
        function = new JavaFunction(this, "Function", new JavaFunctionProps(props.functionName(), HANDLER,
                props.functionsJarPath(), props.regionKey(), Map.of("TABLE_NAME", props.table().getTableName(),
                "POWERTOOLS_SERVICE_NAME", "object-processor"), props.memoryMiB(), TIMEOUT, props.logRetention(), props.removalPolicy()));

        // One conditional UpdateItem per object, nothing else on the table.
        props.table().grant(function.role(), "dynamodb:UpdateItem");
        function.role().addToPolicy(PolicyStatement.Builder.create().sid("UseTableKey")
                .actions(List.of("kms:Decrypt", "kms:GenerateDataKey"))
                .resources(List.of(props.regionKey().getKeyArn()))
                .conditions(Map.of("StringEquals", Map.of("kms:ViaService",
                        "dynamodb." + software.amazon.awscdk.Stack.of(this).getRegion() + ".amazonaws.com")))
                .build());
        function.alias().addEventSource(new SqsEventSource(queue.queue(), SqsEventSourceProps.builder()
                .batchSize(10).reportBatchItemFailures(true).build()));

        IBucket bucket = Bucket.fromBucketName(this, "DataBucket", props.bucketName());
        bucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(queue.queue()));
    }

    /** The queue the bucket notifies. */
    public IQueue queue() { return queue.queue(); }

    /** Where messages go after five failed receives. */
    public IQueue deadLetterQueue() { return queue.deadLetterQueue(); }

    public JavaFunction function() { return function; }

    @Override public List<SuppressionRule> suppressions() { return SUPPRESSIONS; }

    private static final String FUNCTION = "Function/Resource/Resource";
    private static final String WHY = "The object processor is invoked by its SQS event source only";

    private static final List<SuppressionRule> SUPPRESSIONS = List.of(
            on("AWS::Lambda::Function", FUNCTION, of("AwsSolutions-L1",
                    "The object processor runs on the Java 21 runtime, which the functions module is built (release 17) and tested for; moving to a newer runtime is that module's decision.")),
            on("AWS::Lambda::Function", FUNCTION, of(NIST + "LambdaInsideVPC",
                    "The object processor calls only DynamoDB and SQS through AWS's APIs and no VPC resource; in a VPC it would need NAT or interface endpoints for no isolation gain.")),
            on("AWS::Lambda::Function", FUNCTION, of(NIST + "LambdaConcurrency",
                    WHY + ", whose pollers scale with the queue; reserved concurrency would take account quota from every other function.")),
            on("AWS::Lambda::Function", FUNCTION, of(NIST + "LambdaDLQ",
                    WHY + ", and the queue has its own dead-letter queue, so a function DLQ would never receive anything.")),
            on("AWS::IAM::Policy", "Function/Role/DefaultPolicy/Resource", of(NIST + "IAMNoInlinePolicy", Reasons.CDK_GRANT_INLINE)),
            on("AWS::IAM::Policy", "Function/Role/DefaultPolicy/Resource", of("AwsSolutions-IAM5", List.of("Resource::*"), Reasons.XRAY)),
            on("AWS::IAM::Policy", "DataBucket/Notifications/HandlerPolicy/Resource", of(NIST + "IAMNoInlinePolicy",
                    "CDK's bucket-notifications handler policy only lets it read and write the notification configuration of the data bucket.")));
}
