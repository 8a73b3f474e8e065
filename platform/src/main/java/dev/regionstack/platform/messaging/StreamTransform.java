package dev.regionstack.platform.messaging;

import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.Reasons;
import dev.regionstack.platform.guardrails.SuppressionRule;
import dev.regionstack.platform.lambda.JavaFunction;
import dev.regionstack.platform.lambda.JavaFunctionProps;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kinesisfirehose.CfnDeliveryStream;
import software.amazon.awscdk.services.lambda.IFunction;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

import static dev.regionstack.platform.guardrails.Suppression.NIST;
import static dev.regionstack.platform.guardrails.Suppression.of;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/**
 * The event stream's Firehose transformation ({@code messaging.stream.transform: true}): the handler
 * {@value #HANDLER} turns each record that is a JSON object into one line of JSON (newline-delimited for Athena),
 * drops blank records and fails the rest, which Firehose then writes under the error prefix. {@link EventStream}
 * invokes its {@code live} alias with the buffering below and lets its delivery role invoke it.
 *
 * <p>Limits: Firehose buffers 0.2 to 3 MB (here 1 MB) or 60 to 900 s (here 60 s) before invoking, invokes
 * synchronously (6 MB request and response, which 1 MB of input stays far under even base64-encoded and with a
 * newline added per record) and waits up to 5 minutes for the function; its timeout here is 1 minute.
 */
public final class StreamTransform extends Construct implements Guarded {
    public static final String HANDLER = "dev.regionstack.functions.stream.StreamTransformHandler::handleRequest";
    public static final Duration TIMEOUT = Duration.minutes(1);
    public static final String BUFFER_SIZE_MB = "1";
    public static final String BUFFER_INTERVAL_SECONDS = "60";
    public static final String RETRIES = "3";

    private final JavaFunction function;

    /** {@code props} with the handler and timeout of this construct, whatever they say. */
    public StreamTransform(Construct scope, String id, JavaFunctionProps props) {
        super(scope, id);
        function = new JavaFunction(this, "Function", new JavaFunctionProps(props.functionName(), HANDLER,
                props.functionsJarPath(), props.logKey(), Map.of("POWERTOOLS_SERVICE_NAME", "stream-transform"),
                props.memoryMiB(), TIMEOUT, props.logRetention(), props.removalPolicy()));
    }

    /** What Firehose invokes. */
    public IFunction target() { return function.alias(); }

    /** The delivery stream's processing configuration: one Lambda processor on {@link #target()}. */
    static CfnDeliveryStream.ProcessingConfigurationProperty processing(IFunction target) {
        return CfnDeliveryStream.ProcessingConfigurationProperty.builder()
                .enabled(true)
                .processors(List.of(CfnDeliveryStream.ProcessorProperty.builder()
                        .type("Lambda")
                        .parameters(List.of(parameter("LambdaArn", target.getFunctionArn()),
                                parameter("BufferSizeInMBs", BUFFER_SIZE_MB),
                                parameter("BufferIntervalInSeconds", BUFFER_INTERVAL_SECONDS),
                                parameter("NumberOfRetries", RETRIES)))
                        .build()))
                .build();
    }

    /** What the delivery role needs to call the transformation (Firehose reads its configuration first). */
    static PolicyStatement invoke(IFunction target) {
        return PolicyStatement.Builder.create().sid("InvokeTransform")
                .actions(List.of("lambda:InvokeFunction", "lambda:GetFunctionConfiguration"))
                .resources(List.of(target.getFunctionArn()))
                .build();
    }

    private static CfnDeliveryStream.ProcessorParameterProperty parameter(String name, String value) {
        return CfnDeliveryStream.ProcessorParameterProperty.builder().parameterName(name).parameterValue(value).build();
    }

    @Override public List<SuppressionRule> suppressions() { return SUPPRESSIONS; }

    private static final String FUNCTION = "Function/Resource/Resource";
    private static final String WHY = "The stream transformation is invoked by Firehose only";

    private static final List<SuppressionRule> SUPPRESSIONS = List.of(
            on("AWS::Lambda::Function", FUNCTION, of("AwsSolutions-L1",
                    "The stream transformation runs on the Java 21 runtime, which the functions module is built (release 17) and tested for; moving to a newer runtime is that module's decision.")),
            on("AWS::Lambda::Function", FUNCTION, of(NIST + "LambdaInsideVPC",
                    "The stream transformation calls no AWS API and no VPC resource: it only rewrites the records Firehose hands it.")),
            on("AWS::Lambda::Function", FUNCTION, of(NIST + "LambdaConcurrency",
                    WHY + ", one invocation per buffered batch of the stream; reserved concurrency would take account quota from every other function.")),
            on("AWS::Lambda::Function", FUNCTION, of(NIST + "LambdaDLQ",
                    WHY + ", synchronously: Firehose retries a failed invocation and writes records that still fail under the bucket's error prefix, so a function DLQ would never receive anything.")),
            on("AWS::IAM::Policy", "Function/Role/DefaultPolicy/Resource", of(NIST + "IAMNoInlinePolicy", Reasons.CDK_GRANT_INLINE)),
            on("AWS::IAM::Policy", "Function/Role/DefaultPolicy/Resource", of("AwsSolutions-IAM5", List.of("Resource::*"), Reasons.XRAY)));
}
