package dev.regionstack.platform.findings;

import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.SuppressionRule;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.config.CfnConfigRule;
import software.amazon.awscdk.services.events.EventField;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.RuleTargetInput;
import software.amazon.awscdk.services.events.targets.SnsTopic;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.regionstack.platform.guardrails.Suppression.NIST;
import static dev.regionstack.platform.guardrails.Suppression.of;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/**
 * Drift alarms for one environment's stacks in one region: AWS Config's managed rule
 * {@code CLOUDFORMATION_STACK_DRIFT_DETECTION_CHECK} over the stacks tagged with the environment, run through a role
 * Config assumes, and an EventBridge rule that sends each stack turning NON_COMPLIANT to the alert topic as a short
 * readable e-mail.
 *
 * <p>The rule needs the account and region's Config recorder (ConfigRecording, in the security layer, which deploys
 * first). Drift detection reads every resource of a stack with the caller's permissions, so the role gets AWS's
 * {@code ReadOnlyAccess} (which the rule's documentation names; a hand-written list of the ~40 services the stacks use
 * would go stale silently, since drift detection reports a resource it cannot read as UNKNOWN, not as an error), minus
 * a Deny of the data-plane reads it includes ({@link #DATA_READS}), and drift detection on the environment's stacks only.
 */
public final class StackDriftAlerts extends Construct implements Guarded {
    /** The managed rule's identifier. */
    public static final String IDENTIFIER = "CLOUDFORMATION_STACK_DRIFT_DETECTION_CHECK";
    /** Reads of stored data (objects, items, records, messages, secrets, logs, images, users) that ReadOnlyAccess allows. */
    static final List<String> DATA_READS = List.of(
            "s3:GetObject*", "dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:Scan",
            "dynamodb:GetRecords", "kinesis:GetRecords", "sqs:ReceiveMessage", "secretsmanager:GetSecretValue",
            "logs:GetLogEvents", "logs:FilterLogEvents", "logs:StartQuery", "logs:GetQueryResults", "logs:StartLiveTail",
            "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "cognito-idp:ListUsers", "cognito-idp:AdminGetUser",
            "rds:DownloadDBLogFilePortion", "rds:DownloadCompleteDBLogFile", "es:ESHttpGet", "es:ESHttpHead",
            "aps:QueryMetrics", "aps:GetSeries", "aps:GetLabels", "athena:GetQueryResults");
    static final List<String> DRIFT_ACTIONS = List.of("cloudformation:DetectStackDrift",
            "cloudformation:DetectStackResourceDrift", "cloudformation:DescribeStackResourceDrifts",
            "cloudformation:DescribeStacks", "cloudformation:DescribeStackResources", "cloudformation:GetTemplate");

    private final CfnConfigRule configRule;
    private final Role role;
    private final Rule alerts;

    public StackDriftAlerts(Construct scope, String id, StackDriftAlertsProps props) {
        super(scope, id);
        Stack stack = Stack.of(this);
        role = Role.Builder.create(this, "Role")
                .assumedBy(new ServicePrincipal("config.amazonaws.com"))
                .description("AWS Config's drift detection of the stacks tagged " + props.tagKey() + "=" + props.tagValue())
                .managedPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName("ReadOnlyAccess")))
                .build();
        ManagedPolicy policy = ManagedPolicy.Builder.create(this, "Policy")
                .description("Drift detection of the environment's stacks; no reads of stored data")
                .roles(List.of(role))
                .statements(List.of(
                        PolicyStatement.Builder.create()
                                .sid("DetectDriftOfTheEnvironmentsStacks")
                                .actions(DRIFT_ACTIONS)
                                .resources(List.of("arn:" + stack.getPartition() + ":cloudformation:" + stack.getRegion() + ":"
                                        + stack.getAccount() + ":stack/" + props.stackArnPrefix() + "*/*"))
                                .build(),
                        PolicyStatement.Builder.create()
                                .sid("NoReadsOfStoredData")
                                .effect(Effect.DENY)
                                .actions(DATA_READS)
                                .resources(List.of("*"))
                                .build()))
                .build();

        configRule = CfnConfigRule.Builder.create(this, "Rule")
                .configRuleName(props.ruleName())
                .description("Whether the stacks tagged " + props.tagKey() + "=" + props.tagValue() + " have drifted from their templates")
                .source(CfnConfigRule.SourceProperty.builder().owner("AWS").sourceIdentifier(IDENTIFIER).build())
                .inputParameters(Map.of("cloudformationRoleArn", role.getRoleArn()))
                .scope(CfnConfigRule.ScopeProperty.builder().tagKey(props.tagKey()).tagValue(props.tagValue()).build())
                .build();
        // The first evaluation runs as soon as the rule exists: the role must already have its permissions.
        configRule.getNode().addDependency(policy);
        configRule.getNode().addDependency(role);

        alerts = Rule.Builder.create(this, "Alerts")
                .description("Stacks the Config rule " + props.ruleName() + " finds drifted, to the alert topic")
                .eventPattern(EventPattern.builder()
                        .source(List.of("aws.config"))
                        .detailType(List.of("Config Rules Compliance Change"))
                        .detail(new TreeMap<>(Map.of(
                                "configRuleName", List.of(configRule.getRef()),
                                "newEvaluationResult", Map.of("complianceType", List.of("NON_COMPLIANT")))))
                        .build())
                .build();
        alerts.addTarget(SnsTopic.Builder.create(props.topic()).message(message()).build());
    }

    private static RuleTargetInput message() {
        String region = EventField.fromPath("$.detail.awsRegion");
        String rule = EventField.fromPath("$.detail.configRuleName");
        return RuleTargetInput.fromMultilineText(String.join("\n",
                "Stack drift: " + EventField.fromPath("$.detail.resourceId") + " no longer matches its template ("
                        + EventField.fromPath("$.detail.newEvaluationResult.complianceType") + ").",
                "Account: " + EventField.fromPath("$.detail.awsAccountId") + ", region: " + region,
                "Config rule: " + rule,
                "See the drifted resources with: regionstack drift --only ENV/REGION",
                "Console: " + FindingAlerts.CONSOLE + "config/home?region=" + region + "#/rules/details?configRuleName=" + rule));
    }

    public CfnConfigRule configRule() { return configRule; }

    public Role role() { return role; }

    /** The EventBridge rule on the Config rule's compliance changes. */
    public Rule alertRule() { return alerts; }

    @Override
    public List<SuppressionRule> suppressions() {
        return List.of(
                on("AWS::IAM::Role", "Role/Resource", of("AwsSolutions-IAM4",
                        List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/ReadOnlyAccess"),
                        "Drift detection reads every resource of a stack with the caller's permissions, AWS documents"
                                + " ReadOnlyAccess for this rule's role, and the role's own policy denies the data-plane reads it includes.")),
                on("AWS::IAM::ManagedPolicy", "Policy/Resource", of("AwsSolutions-IAM5",
                        "Drift detection is allowed on the environment's stacks only (stack/<project>-<env>-*/*, one statement), and the"
                                + " only Resource * statement is a Deny.")));
    }
}
