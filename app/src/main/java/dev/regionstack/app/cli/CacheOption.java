package dev.regionstack.app.cli;

import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.synth.FleetSynthesizer;
import dev.regionstack.app.synth.FunctionsJar;
import dev.regionstack.app.synth.JsiiStart;
import dev.regionstack.app.synth.SynthResult;
import dev.regionstack.app.synth.TemplateValidation;
import dev.regionstack.app.synth.cache.IncrementalSynth;
import dev.regionstack.app.synth.cache.SynthCache;
import dev.regionstack.fleet.model.Fleet;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** {@code --no-cache}, and the synth it chooses: by parts through the synth cache, or cold. */
final class CacheOption {
    @Option(names = "--no-cache", description = "Synthesize every stack, reading and writing no synth cache"
            + " (default: reuse the output of every account and region whose inputs are unchanged; the cache is"
            + " $REGIONSTACK_CACHE_DIR, else $XDG_CACHE_HOME/regionstack/synth, else ~/.cache/regionstack/synth).")
    boolean noCache;

    /**
     * Synthesizes the plan. The validation engine's process and jsii's start first, while the JVM reads the cache and
     * writes the Lambda artifact, unless the cache holds every stack, when no CDK runs at all.
     */
    SynthResult synth(Fleet fleet, RolloutPlan plan, Path outdir, Consumer<String> progress, List<Path> deployed, PrintWriter err) {
        IncrementalSynth incremental = null;
        if (!noCache) {
            SynthCache.Result opened = SynthCache.open(SynthCache.defaultRoot(System.getenv()));
            if (opened.problem() != null) err.println("warning: synth cache not used: " + opened.problem());
            else incremental = IncrementalSynth.lookup(fleet, plan, opened.cache());
        }
        // entries present and intact: no CDK; else the engine starts while the JVM checks the entries there are
        if (incremental != null && incremental.entriesPresent() && incremental.complete()) {
            return incremental.synth(outdir, progress, deployed);
        }
        TemplateValidation.startInBackground();
        JsiiStart.inBackground();
        FunctionsJar.locate();
        return incremental != null ? incremental.synth(outdir, progress, deployed)
                : FleetSynthesizer.synth(fleet, plan, outdir, progress, deployed);
    }
}
