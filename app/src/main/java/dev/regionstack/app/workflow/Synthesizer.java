package dev.regionstack.app.workflow;

import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.synth.FleetSynthesizer;
import dev.regionstack.app.synth.SynthResult;
import dev.regionstack.fleet.model.Fleet;

import java.nio.file.Path;
import java.util.List;

/** The synth step of a deploy: the plan's stacks into {@code outdir}, simulated against the deployed assemblies. */
@FunctionalInterface
public interface Synthesizer {
    SynthResult synth(Fleet fleet, RolloutPlan plan, Path outdir, List<Path> deployed);

    /** {@link FleetSynthesizer}, without progress lines. */
    Synthesizer FLEET = (fleet, plan, outdir, deployed) -> FleetSynthesizer.synth(fleet, plan, outdir, l -> { }, deployed);
}
