package dev.regionstack.app.guardrails;

import dev.regionstack.platform.guardrails.Suppression;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NIST80053R5Checks;
import io.github.cdklabs.cdknag.NagPackProps;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import software.amazon.awscdk.Aspects;
import software.constructs.IConstruct;

import java.util.List;

/**
 * The cdk-nag rule packs every synth runs: AWS Solutions and NIST 800-53 rev 5. The only class that calls the
 * cdk-nag API (its 3.x line changes it). Findings become error annotations on the resources, which
 * {@link FindingsReport} turns into a readable report; a synth with any unsuppressed error fails.
 */
public final class RulePacks {
    /** Rule ids of the packs start with these prefixes. */
    public static final List<String> PREFIXES = List.of("AwsSolutions-", "NIST.800.53.R5-");

    private RulePacks() {}

    /**
     * Adds the packs to {@code scope} (normally the app); they run at synth, after {@link Suppressions#attach}
     * has put the fleet's suppressions on their resources.
     */
    public static void apply(IConstruct scope) {
        // verbose: findings carry the rule's explanation; no CSV reports in the cloud assembly.
        NagPackProps props = NagPackProps.builder().verbose(true).reports(false).build();
        Aspects.of(scope).add(new AwsSolutionsChecks(props));
        Aspects.of(scope).add(new NIST80053R5Checks(props));
    }

    /** Attaches {@code suppression} to exactly {@code resource} (not its children). */
    static void suppress(IConstruct resource, Suppression suppression) {
        NagPackSuppression.Builder nag = NagPackSuppression.builder()
                .id(suppression.rule())
                .reason(suppression.reason());
        if (!suppression.appliesTo().isEmpty()) {
            nag.appliesTo(suppression.appliesTo().stream().<Object>map(a -> a.startsWith(Suppression.REGEX)
                    ? RegexAppliesTo.builder().regex(a.substring(Suppression.REGEX.length())).build() : a).toList());
        }
        NagSuppressions.addResourceSuppressions(resource, List.of(nag.build()), false);
    }
}
