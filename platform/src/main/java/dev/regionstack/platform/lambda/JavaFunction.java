package dev.regionstack.platform.lambda;

import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

import java.util.List;
import java.util.TreeMap;

/**
 * One handler of the functions jar as the credits functions run (Java 21, arm64, SnapStart, active tracing), served
 * through its {@code live} alias (SnapStart applies to published versions only), with its own KMS-encrypted log
 * group and its own role that may write only that log group: callers grant the rest.
 * Children: {@code Logs}, {@code Role}, {@code Resource} (the function), {@code Alias}.
 */
public final class JavaFunction extends Construct {
    public static final String ALIAS_NAME = "live";

    private final Function function;
    private final Alias alias;
    private final Role role;

    public JavaFunction(Construct scope, String id, JavaFunctionProps props) {
        super(scope, id);
        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .logGroupName("/aws/lambda/" + props.functionName())
                .encryptionKey(props.logKey())
                .retention(props.logRetention())
                .removalPolicy(props.removalPolicy())
                .build();
        // Own role instead of AWSLambdaBasicExecutionRole, whose log rights cover every log group.
        role = Role.Builder.create(this, "Role")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Lambda " + props.functionName())
                .build();
        role.addToPolicy(PolicyStatement.Builder.create().sid("WriteOwnLogs")
                .actions(List.of("logs:CreateLogStream", "logs:PutLogEvents"))
                .resources(List.of(logs.getLogGroupArn()))
                .build());
        function = Function.Builder.create(this, "Resource")
                .functionName(props.functionName())
                .role(role)
                .runtime(Runtime.JAVA_21)
                .architecture(Architecture.ARM_64)
                .handler(props.handler())
                .code(Code.fromAsset(props.functionsJarPath()))
                .memorySize(props.memoryMiB())
                .timeout(props.timeout())
                .tracing(Tracing.ACTIVE)
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                .logGroup(logs)
                .environment(new TreeMap<>(props.environment()))
                .build();
        Annotations.of(function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
                "The function is served through its live alias, which points at a published version.");
        alias = Alias.Builder.create(this, "Alias")
                .aliasName(ALIAS_NAME)
                .version(function.getCurrentVersion())
                .build();
    }

    public Function function() { return function; }

    /** What event sources and callers should target (SnapStart serves published versions only). */
    public Alias alias() { return alias; }

    public Role role() { return role; }
}
