package dev.regionstack.platform.findings;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.events.EventField;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.RuleTargetInput;
import software.amazon.awscdk.services.events.targets.SnsTopic;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The account × region's security findings, delivered to a person: EventBridge rules on the default bus for
 * GuardDuty findings at or above a severity and for Security Hub's new, active CRITICAL and HIGH findings, each
 * sent to the alert topic as a short readable e-mail (title, severity, account, region, resource, console link).
 *
 * <p>Create once per account and region, like the detectors: every rule on the default bus sees every finding, so a
 * second copy would send each finding twice. The Security Hub rule leaves out findings that Security Hub imported
 * from GuardDuty (the GuardDuty rule already sends those, with GuardDuty's finer severity) and findings of other
 * regions (in the aggregation region Security Hub also emits the linked regions' findings, which their own region's
 * rule sends).
 */
public final class FindingAlerts extends Construct {
    static final String CONSOLE = "https://console.aws.amazon.com/";

    private final Rule guardDuty;
    private final Rule securityHub;

    public FindingAlerts(Construct scope, String id, FindingAlertsProps props) {
        super(scope, id);
        String region = Stack.of(this).getRegion();

        guardDuty = Rule.Builder.create(this, "GuardDuty")
                .description("GuardDuty findings of severity " + props.guardDutyMinSeverity() + " or more, to the alert topic")
                .eventPattern(EventPattern.builder()
                        .source(List.of("aws.guardduty"))
                        .detailType(List.of("GuardDuty Finding"))
                        .detail(Map.of("severity", List.of(Map.of("numeric", List.of(">=", props.guardDutyMinSeverity())))))
                        .build())
                .build();
        guardDuty.addTarget(SnsTopic.Builder.create(props.topic()).message(guardDutyMessage()).build());

        securityHub = Rule.Builder.create(this, "SecurityHub")
                .description("New Security Hub findings of severity CRITICAL or HIGH in " + region + ", to the alert topic")
                .eventPattern(EventPattern.builder()
                        .source(List.of("aws.securityhub"))
                        .detailType(List.of("Security Hub Findings - Imported"))
                        // a sorted map: Map.of iterates in an order that changes between JVMs, and the template must not
                        .detail(Map.of("findings", new TreeMap<>(Map.of(
                                "Severity", Map.of("Label", List.of("CRITICAL", "HIGH")),
                                "Workflow", Map.of("Status", List.of("NEW")),
                                "RecordState", List.of("ACTIVE"),
                                "Region", List.of(region),
                                "ProductName", List.of(Map.of("anything-but", List.of("GuardDuty")))))))
                        .build())
                .build();
        securityHub.addTarget(SnsTopic.Builder.create(props.topic()).message(securityHubMessage()).build());
    }

    private static RuleTargetInput guardDutyMessage() {
        String region = EventField.fromPath("$.detail.region");
        return RuleTargetInput.fromMultilineText(String.join("\n",
                "GuardDuty finding, severity " + EventField.fromPath("$.detail.severity") + ": " + EventField.fromPath("$.detail.title"),
                "Type: " + EventField.fromPath("$.detail.type"),
                "Account: " + EventField.fromPath("$.detail.accountId") + ", region: " + region,
                "Resource: " + EventField.fromPath("$.detail.resource.resourceType"),
                EventField.fromPath("$.detail.description"),
                "Console: " + CONSOLE + "guardduty/home?region=" + region + "#/findings?macros=current&fId="
                        + EventField.fromPath("$.detail.id")));
    }

    private static RuleTargetInput securityHubMessage() {
        String finding = "$.detail.findings[0].";
        String region = EventField.fromPath(finding + "Region");
        return RuleTargetInput.fromMultilineText(String.join("\n",
                "Security Hub finding, severity " + EventField.fromPath(finding + "Severity.Label") + ": "
                        + EventField.fromPath(finding + "Title"),
                "From: " + EventField.fromPath(finding + "ProductName"),
                "Account: " + EventField.fromPath(finding + "AwsAccountId") + ", region: " + region,
                "Resource: " + EventField.fromPath(finding + "Resources[0].Type") + " " + EventField.fromPath(finding + "Resources[0].Id"),
                "Console: " + CONSOLE + "securityhub/home?region=" + region + "#/findings (finding "
                        + EventField.fromPath(finding + "Id") + ")"));
    }

    /** The GuardDuty findings rule. */
    public Rule guardDutyRule() { return guardDuty; }

    /** The Security Hub findings rule. */
    public Rule securityHubRule() { return securityHub; }
}
