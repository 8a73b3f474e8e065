package dev.regionstack.platform.search;

import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.SuppressionRule;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

import static dev.regionstack.platform.guardrails.Suppression.NIST;
import static dev.regionstack.platform.guardrails.Suppression.of;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/**
 * The function CloudWatch Logs subscription filters deliver to ({@link LogSubscription}): it unpacks each batch and
 * indexes every log event as one document into the region's domain, signed as the domain's master role, from the
 * private tier through the domain's security group on 443.
 *
 * <p>Not Firehose: Firehose cannot deliver CloudWatch Logs to an OpenSearch Service destination (a record holds
 * several log events, a document must be one; Firehose's own documentation says so and points to this design).
 * And a Lambda function's role can be fine-grained access control's master, where a Firehose role would need a
 * backend-role mapping made through the domain's REST API, which CloudFormation cannot call.
 */
public final class LogShipper extends Construct implements Guarded {
    public static final String HANDLER = "dev.regionstack.functions.search.LogShipperHandler::handleRequest";

    private final Function function;
    private final SecurityGroup securityGroup;

    /** The master role, created before the domain that names it (its rights follow in the constructor). */
    public static Role newRole(Construct scope, String id, String functionName) {
        return Role.Builder.create(scope, id)
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Lambda " + functionName + ": indexes subscribed log groups into the region's OpenSearch domain")
                .build();
    }

    public LogShipper(Construct scope, String id, LogShipperProps props) {
        super(scope, id);
        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .logGroupName("/aws/lambda/" + props.functionName())
                .encryptionKey(props.key())
                .retention(props.logRetention())
                .removalPolicy(props.removalPolicy())
                .build();
        Role role = props.role();
        role.addToPolicy(PolicyStatement.Builder.create().sid("WriteOwnLogs")
                .actions(List.of("logs:CreateLogStream", "logs:PutLogEvents"))
                .resources(List.of(logs.getLogGroupArn())).build());
        role.addToPolicy(PolicyStatement.Builder.create().sid("IndexDocuments")
                .actions(List.of("es:ESHttpPost", "es:ESHttpPut"))
                .resources(List.of(props.domain().domainArn() + "/*")).build());
        // What AWSLambdaVPCAccessExecutionRole grants: EC2 has no resource-level permissions for these.
        role.addToPolicy(PolicyStatement.Builder.create().sid("NetworkInterfaces")
                .actions(List.of("ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DescribeSubnets",
                        "ec2:DeleteNetworkInterface", "ec2:AssignPrivateIpAddresses", "ec2:UnassignPrivateIpAddresses"))
                .resources(List.of("*")).build());

        securityGroup = SecurityGroup.Builder.create(this, "SecurityGroup")
                .vpc(props.vpc())
                .description("Log shipper " + props.functionName() + ": out to the OpenSearch domain on 443 only")
                .allowAllOutbound(false)
                .build();
        props.domain().allowHttpsFrom("LogShipper", securityGroup, "The log shipper indexes into the domain");

        function = Function.Builder.create(this, "Resource")
                .functionName(props.functionName())
                .role(role)
                .runtime(Runtime.JAVA_21)
                .architecture(Architecture.ARM_64)
                .handler(HANDLER)
                .code(Code.fromAsset(props.functionsJarPath()))
                .memorySize(props.memoryMiB())
                .timeout(Duration.seconds(60))
                .vpc(props.vpc())
                .vpcSubnets(props.subnets())
                .securityGroups(List.of(securityGroup))
                .logGroup(logs)
                .environment(new java.util.TreeMap<>(Map.of("DOMAIN_ENDPOINT", props.domain().endpoint(),
                        "INDEX_PREFIX", "logs")))
                .build();
        // The role must hold its network-interface rights before Lambda places the function in the VPC.
        function.getNode().addDependency(role);
    }

    public IFunction function() { return function; }

    public SecurityGroup securityGroup() { return securityGroup; }

    @Override public List<SuppressionRule> suppressions() { return SUPPRESSIONS; }

    private static final List<SuppressionRule> SUPPRESSIONS = List.of(
            on("AWS::Lambda::Function", "Resource/Resource", of("AwsSolutions-L1",
                    "The function runs Java 21, the runtime the functions module is compiled for and tested on.")),
            on("AWS::Lambda::Function", "Resource/Resource", of(NIST + "LambdaConcurrency",
                    "Reserved concurrency would take capacity from the account's unreserved pool, which new accounts cannot spare; CloudWatch Logs delivers each log group's batches in order, which bounds the function.")),
            on("AWS::Lambda::Function", "Resource/Resource", of(NIST + "LambdaDLQ",
                    "The log events a failed invocation carried stay in their log group for its retention period, where they can be searched and sent again.")));
}
