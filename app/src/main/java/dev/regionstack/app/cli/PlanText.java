package dev.regionstack.app.cli;

import dev.regionstack.app.pipeline.ImageBuild;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.app.rollout.Wave;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;

import java.util.Set;
import java.util.stream.Collectors;

/** The human-readable plan. */
final class PlanText {
    private PlanText() {}

    static String render(Fleet fleet, RolloutPlan plan) {
        StringBuilder b = new StringBuilder();
        Set<String> selected = plan.stacks().stream().map(StackSpec::name).collect(Collectors.toSet());
        b.append(String.format("fleet %s: %d stacks in %d waves (critical path %d; one at a time would take %d steps)%n",
                fleet.project(), plan.stacks().size(), plan.waves().size(), plan.waves().size(), plan.stacks().size()));
        for (Environment e : fleet.environments()) {
            if (plan.stacks().stream().noneMatch(s -> s.environment().equals(e.name()))) continue;
            b.append(String.format("%nenvironment %s  account %s  sizing %s  approval %s%n", e.name(), e.account(),
                    e.settings().sizing().fileName(), e.approval().name().toLowerCase(java.util.Locale.ROOT)));
            for (Deployment d : e.deployments()) {
                var stacks = plan.stacks().stream().filter(s -> s.deployment().equals(d.key())).map(StackSpec::name).toList();
                if (stacks.isEmpty()) continue;
                b.append(String.format("  %s%s  %s  zones %s%n", d.key(), d.primary() ? " (primary)" : "", d.cidr(),
                        String.join(",", d.zones())));
                stacks.forEach(s -> b.append("    ").append(s).append('\n'));
            }
            plan.stacks().stream().filter(s -> s.environment().equals(e.name()) && s.layer().global())
                    .forEach(s -> b.append(String.format("  global (%s)%n    %s%n", s.region(), s.name())));
        }
        b.append(String.format("%nrollout order%n"));
        for (Wave w : plan.waves()) {
            if (w.approvalBefore()) b.append(String.format("  -- manual approval before %s --%n", w.environment()));
            b.append(String.format("  wave %d (%s): %s%n", w.number(), w.environment(), String.join(" ", w.stacks())));
            w.stacks().forEach(s -> ImageBuild.planNote(fleet, s).ifPresent(n -> b.append(String.format("  -- %s --%n", n))));
        }
        b.append(String.format("%nwhy each stack waits%n"));
        for (StackSpec s : plan.stacks()) {
            var waits = s.waitsFor().stream().filter(w -> selected.contains(w.stack())).toList();
            if (waits.isEmpty()) continue;
            b.append("  ").append(s.name()).append('\n');
            waits.forEach(w -> b.append("    after ").append(w.stack()).append(": ").append(w.reason()).append('\n'));
        }
        return b.toString();
    }
}
