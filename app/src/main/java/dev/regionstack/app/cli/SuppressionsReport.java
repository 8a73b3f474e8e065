package dev.regionstack.app.cli;

import dev.regionstack.app.guardrails.AcceptedFindings;
import dev.regionstack.app.guardrails.Suppressions;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.synth.FleetAssembler;
import dev.regionstack.app.synth.FleetSynthesizer;
import dev.regionstack.app.synth.FunctionsJar;
import dev.regionstack.fleet.model.Fleet;
import software.amazon.awscdk.App;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code regionstack plan --suppressions} prints: every cdk-nag suppression the selected stacks carry (rule,
 * stack, resource, reason; counts per pack and rule) and every accepted Control Tower finding.
 */
public final class SuppressionsReport {
    private SuppressionsReport() {}

    /** Builds the plan's stacks (no synth: the packs do not run) and lists the suppressions attached to them. */
    public static List<Suppressions.AttachedSuppression> of(Fleet fleet, RolloutPlan plan) {
        App app = FleetSynthesizer.newApp(fleet, null);
        new FleetAssembler(app, fleet, FunctionsJar::locate).add(plan, (spec, stack) -> { });
        return Suppressions.list(app);
    }

    public static String render(List<Suppressions.AttachedSuppression> suppressions, List<AcceptedFindings.Accepted> accepted) {
        StringBuilder out = new StringBuilder();
        Map<String, Integer> perPack = new TreeMap<>();
        Map<String, Map<String, List<Suppressions.AttachedSuppression>>> byRule = new TreeMap<>();
        for (var s : suppressions) {
            String rule = s.suppression().rule();
            perPack.merge(pack(rule), 1, Integer::sum);
            byRule.computeIfAbsent(rule, k -> new LinkedHashMap<>())
                    .computeIfAbsent(s.suppression().reason(), k -> new ArrayList<>()).add(s);
        }
        out.append(String.format("cdk-nag suppressions: %d (%s) of %d rules%n", suppressions.size(),
                String.join(", ", perPack.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()), byRule.size()));
        byRule.forEach((rule, byReason) -> {
            int count = byReason.values().stream().mapToInt(List::size).sum();
            out.append(String.format("%n  %s  (%d)%n", rule, count));
            byReason.forEach((reason, list) -> {
                out.append("    reason: ").append(reason).append('\n');
                for (var s : list) {
                    String inStack = s.path().substring(s.path().indexOf('/') + 1);
                    out.append("      ").append(s.stack()).append("  ").append(inStack);
                    if (!s.suppression().appliesTo().isEmpty()) {
                        out.append("  [").append(String.join(", ", s.suppression().appliesTo())).append(']');
                    }
                    out.append('\n');
                }
            });
        });
        out.append(String.format("%nControl Tower accepted findings: %d (app/src/main/resources%s)%n", accepted.size(),
                AcceptedFindings.RESOURCE));
        for (var a : accepted) {
            out.append("  ").append(a.rule()).append("  ").append(a.resource()).append('\n');
            out.append("    reason: ").append(a.reason()).append('\n');
        }
        return out.toString();
    }

    /** {@code AwsSolutions}, {@code NIST.800.53.R5} or {@code CdkNagValidationFailure}. */
    static String pack(String rule) {
        int dash = rule.lastIndexOf('-');
        return dash < 0 ? rule : rule.substring(0, dash);
    }
}
