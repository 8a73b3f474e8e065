package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.fleet.model.OwnTags;
import dev.regionstack.names.PhysicalNames;
import dev.regionstack.platform.findings.FindingAlerts;
import dev.regionstack.platform.findings.FindingAlertsProps;
import dev.regionstack.platform.findings.StackDriftAlerts;
import dev.regionstack.platform.findings.StackDriftAlertsProps;

import java.util.Optional;

/**
 * What reaches a person from a region's messaging layer, beside its alert topic: the account × region's security
 * findings ({@link FindingAlerts}) and the environment's stack drift ({@link StackDriftAlerts}).
 *
 * <p>They live in the messaging stack, not the security stack that holds the detectors and the Config recorder: the
 * rules, their topic and its policy then deploy together, in a stack that already waits for the security stack (a
 * rule needs no detector to exist, but the Config rule needs the recorder). The findings rules are per account and
 * region, like the detectors (every rule on the default bus sees every finding): the first deployment in file order
 * with {@code messaging} in that account and region owns them and sends the findings to its environment's topic
 * ({@link #findingsOwner}). The drift rule is per environment and region, over the stacks that carry the
 * environment's {@code Environment} tag.
 */
public final class SecurityAlerts {
    private SecurityAlerts() {}

    /** Adds the alerts {@code deployment} owns to its messaging stack. */
    public static void add(MessagingStack stack, Fleet fleet, Deployment deployment) {
        if (findingsOwner(fleet, deployment.account(), deployment.region()).filter(d -> d.key().equals(deployment.key())).isPresent()) {
            new FindingAlerts(stack, "FindingAlerts", new FindingAlertsProps(stack.alertTopic(),
                    deployment.settings().alarms().findingsSeverity()));
        }
        new StackDriftAlerts(stack, "StackDriftAlerts", new StackDriftAlertsProps(
                PhysicalNames.stackDriftRule(deployment.project(), deployment.environment()),
                OwnTags.ENVIRONMENT, environmentTag(deployment),
                PhysicalNames.prefix(deployment.project(), deployment.environment()) + "-", stack.alertTopic()));
    }

    /**
     * The deployment whose messaging stack holds the findings rules of {@code account} and {@code region}: the first
     * in file order with {@code messaging} there (it has {@code security}, so the detectors run there). Empty when no
     * deployment there has {@code messaging}.
     */
    public static Optional<Deployment> findingsOwner(Fleet fleet, String account, String region) {
        return fleet.deployments().stream()
                .filter(d -> d.account().equals(account) && d.region().equals(region) && d.settings().has(Component.MESSAGING))
                .findFirst();
    }

    /** The value of the {@code Environment} tag on the deployment's stacks: the file's, else the environment's name. */
    static String environmentTag(Deployment deployment) {
        return OwnTags.of(deployment.project(), deployment.environment(), deployment.region(), deployment.tags())
                .get(OwnTags.ENVIRONMENT);
    }
}
