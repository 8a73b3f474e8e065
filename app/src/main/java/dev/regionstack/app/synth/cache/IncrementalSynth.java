package dev.regionstack.app.synth.cache;

import com.fasterxml.jackson.databind.JsonNode;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.app.synth.FleetSynthesizer;
import dev.regionstack.app.synth.Phases;
import dev.regionstack.app.synth.SynthResult;
import dev.regionstack.app.synth.TemplateValidation;
import dev.regionstack.fleet.model.Fleet;
import software.amazon.awscdk.Acknowledgment;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Validations;
import software.constructs.Construct;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A synth that reuses the cache's output for every account and region whose key is unchanged
 * ({@link SynthUnits}), synthesizes the others (with the stacks they wait for added empty), keeps what it
 * synthesized, and writes one assembly whose bytes are a cold synth's ({@link AssemblyParts}). A cold synth's
 * entries are only kept when the parts put back together give that synth's own manifest and report byte for byte.
 */
public final class IncrementalSynth {
    private final Fleet fleet;
    private final RolloutPlan plan;
    private final SynthCache cache;
    private final List<SynthUnit> units;
    private final Map<String, UnitEntry> hits = new LinkedHashMap<>();
    private String unfit = "";
    private boolean read;

    private IncrementalSynth(Fleet fleet, RolloutPlan plan, SynthCache cache, String build) {
        this.fleet = fleet;
        this.plan = plan;
        this.cache = cache;
        this.units = SynthUnits.cacheable(plan) && !plan.stacks().isEmpty()
                ? SynthUnits.of(fleet, plan, build + (TemplateValidation.enabled() ? " validated" : " unvalidated"))
                : List.of();
    }

    /** Reads and checks the entries, once: plain JVM work, which may overlap the validation engine's start. */
    private void read() {
        if (read) return;
        read = true;
        Phases phases = new Phases("cache lookup");
        for (SynthUnit u : units) cache.read(u).ifPresent(e -> hits.put(u.key(), e));
        phases.end(hits.size() + " of " + units.size() + " account-regions");
        phases.print();
    }

    /** Whether every unit has an entry on disk (not yet checked): a quick guess that the synth may need no CDK. */
    public boolean entriesPresent() { return !units.isEmpty() && units.stream().allMatch(cache::present); }

    /** Looks the plan's units up in the cache (plain JVM work: no jsii call). */
    public static IncrementalSynth lookup(Fleet fleet, RolloutPlan plan, SynthCache cache) {
        return lookup(fleet, plan, cache, BuildFingerprint.current());
    }

    /** The same, for a build identified by {@code build} (the tests' stand-in for a new build of the code). */
    static IncrementalSynth lookup(Fleet fleet, RolloutPlan plan, SynthCache cache, String build) {
        return new IncrementalSynth(fleet, plan, cache, build);
    }

    /** How many of the plan's stacks the cache held output for. */
    int reusedStacks() {
        read();
        return units.stream().filter(u -> hits.containsKey(u.key())).mapToInt(u -> u.stacks().size()).sum();
    }

    /** Whether every stack's output is in the cache: the synth then needs no CDK at all. */
    public boolean complete() {
        read();
        return !units.isEmpty() && hits.size() == units.size();
    }

    public SynthResult synth(Path outdir, Consumer<String> progress, List<Path> deployed) {
        read();
        try {
            Files.createDirectories(outdir);
            if (units.isEmpty()) {
                if (!plan.stacks().isEmpty()) progress.accept("  cache: not used (the pipeline's stacks synthesize every environment inside them)");
                return FleetSynthesizer.synth(fleet, plan, outdir, progress, deployed);
            }
            if (hits.isEmpty()) return cold(outdir, progress, deployed);
            Optional<SynthResult> reused = partial(outdir, progress, deployed);
            if (reused.isPresent()) return reused.get();
            progress.accept("  cache: " + unfit + "; synthesizing every stack");
            return cold(outdir, progress, deployed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SynthResult cold(Path outdir, Consumer<String> progress, List<Path> deployed) throws IOException {
        FleetSynthesizer.synthesize(fleet, plan, outdir, s -> true, app -> { }, progress);
        SynthResult result = FleetSynthesizer.result(fleet, plan, outdir.toAbsolutePath(), deployed);
        if (!result.errors().isEmpty()) return result;
        JsonNode manifest = AssemblyParts.JSON.readTree(outdir.resolve(AssemblyParts.MANIFEST).toFile());
        Map<String, AssemblyParts.Acknowledgement> acks = AssemblyParts.acknowledgements(outdir, manifest, plan.stacks());
        AssemblyParts.Split split = AssemblyParts.split(outdir, units, names(), TemplateValidation.enabled(), acks.keySet());
        if (!split.ok() || !reproduces(outdir, split.entries(), acks)) {
            progress.accept("  cache: not kept: " + (split.ok() ? "its parts put back together differ from this assembly" : split.unfit()));
            return result;
        }
        split.entries().forEach(e -> cache.write(e, outdir));
        progress.accept(String.format("  cache: kept %d account-regions (%d stacks) in %s", units.size(), plan.stacks().size(),
                cache.root()));
        return result;
    }

    /** Whether the entries put back together give the assembly's own manifest and report, byte for byte. */
    private boolean reproduces(Path outdir, List<UnitEntry> entries, Map<String, AssemblyParts.Acknowledgement> acks) throws IOException {
        Map<String, UnitEntry> byKey = new HashMap<>();
        entries.forEach(e -> byKey.put(e.key(), e));
        String manifest = AssemblyParts.manifest(plan.stacks(), entryOfStack(byKey));
        if (!manifest.equals(Files.readString(outdir.resolve(AssemblyParts.MANIFEST)))) return false;
        JsonNode cdkOut = entries.get(0).app().path("cdkOut");
        if (!cdkOut.isTextual() || !cdkOut.asText().equals(Files.readString(outdir.resolve(AssemblyParts.CDK_OUT)))) return false;
        Optional<String> report = AssemblyParts.report(AssemblyParts.JSON.readTree(manifest), units, byKey, acks);
        Path file = outdir.resolve(AssemblyParts.REPORT);
        return report.isEmpty() ? !TemplateValidation.enabled() : Files.isRegularFile(file) && report.get().equals(Files.readString(file));
    }

    /** Synthesizes the missing units, then composes; empty when the cached parts no longer fit (a cold synth follows). */
    private Optional<SynthResult> partial(Path outdir, Consumer<String> progress, List<Path> deployed) throws IOException {
        Phases phases = new Phases("cache");
        List<SynthUnit> missing = units.stream().filter(u -> !hits.containsKey(u.key())).toList();
        progress.accept(String.format("  cache: reused %d of %d stacks (%d of %d account-regions)%s", reusedStacks(),
                plan.stacks().size(), hits.size(), units.size(), missing.isEmpty() ? "" : "; synthesizing the rest"));
        Map<String, String> cachedAcks = new LinkedHashMap<>();
        if (!missing.isEmpty()) {
            for (UnitEntry e : hits.values()) cachedAcknowledgements(e, cachedAcks);
            Set<String> build = missing.stream().flatMap(u -> u.stacks().stream()).map(StackSpec::name).collect(Collectors.toSet());
            FleetSynthesizer.synthesize(fleet, plan, outdir, s -> build.contains(s.name()),
                    app -> acknowledge(app, cachedAcks), progress);
        }
        Set<String> copied = new HashSet<>();
        phases.end("partial synth");
        for (UnitEntry e : hits.values()) copyFiles(e, outdir, copied);
        phases.end("copy kept files");
        Map<String, UnitEntry> entries = new HashMap<>(hits);
        List<UnitEntry> fresh = List.of();
        Set<String> freshAcks = new HashSet<>();
        if (!missing.isEmpty()) {
            JsonNode partialManifest = AssemblyParts.JSON.readTree(outdir.resolve(AssemblyParts.MANIFEST).toFile());
            freshAcks.addAll(AssemblyParts.acknowledgements(outdir, partialManifest, missingStacks(missing)).keySet());
            freshAcks.addAll(cachedAcks.keySet());
            AssemblyParts.Split split = AssemblyParts.split(outdir, missing, names(), TemplateValidation.enabled(), freshAcks);
            if (!split.ok()) {
                unfit = "the new stacks' output does not cut into parts: " + split.unfit();
                return Optional.empty();
            }
            fresh = split.entries();
            fresh.forEach(e -> entries.put(e.key(), e));
        }
        phases.end("cut new parts");
        String manifest = AssemblyParts.manifest(plan.stacks(), entryOfStack(entries));
        JsonNode composed = AssemblyParts.JSON.readTree(manifest);
        Map<String, AssemblyParts.Acknowledgement> acks = AssemblyParts.acknowledgements(outdir, composed, plan.stacks());
        for (UnitEntry e : entries.values()) {
            boolean findings = !e.validation().path("violations").isEmpty() || !e.validation().path("suppressedViolations").isEmpty();
            // which findings are suppressed depends on every rule the app acknowledges: parts from another app only fit
            // when it acknowledged the same rules
            if (e.validated() && findings && !e.acknowledged().equals(new java.util.TreeSet<>(acks.keySet()))) {
                unfit = "the kept parts of " + e.json().path("environment").asText() + " come from an app that acknowledged"
                        + " other validation rules " + e.acknowledged() + " than this one " + new java.util.TreeSet<>(acks.keySet());
                return Optional.empty();
            }
        }
        Files.writeString(outdir.resolve(AssemblyParts.MANIFEST), manifest);
        JsonNode cdkOut = entries.get(units.get(0).key()).app().path("cdkOut");
        if (cdkOut.isTextual()) Files.writeString(outdir.resolve(AssemblyParts.CDK_OUT), cdkOut.asText());
        Optional<String> report = AssemblyParts.report(composed, units, entries, acks);
        if (report.isPresent()) Files.writeString(outdir.resolve(AssemblyParts.REPORT), report.get());
        phases.end("compose manifest and report");
        SynthResult result = FleetSynthesizer.result(fleet, plan, outdir.toAbsolutePath(), deployed);
        phases.end("result and verify");
        if (result.errors().isEmpty()) fresh.forEach(e -> cache.write(e, outdir));
        phases.end("keep new parts");
        phases.print();
        return Optional.of(result);
    }

    private List<StackSpec> missingStacks(List<SynthUnit> missing) {
        return missing.stream().flatMap(u -> u.stacks().stream()).toList();
    }

    /** The rules the cached parts acknowledge, with their reasons, read from their stacks' metadata. */
    private void cachedAcknowledgements(UnitEntry e, Map<String, String> into) throws IOException {
        for (Map.Entry<String, JsonNode> artifact : e.artifacts().properties()) {
            if (!"aws:cloudformation:stack".equals(artifact.getValue().path("type").asText())) continue;
            for (JsonNode m : AssemblyParts.metadataOf(artifact.getValue(), file -> cache.stored(e, file))) {
                AssemblyParts.acknowledgementEntries(m, (path, entry) -> entry.path("data").properties()
                        .forEach(rule -> into.putIfAbsent(rule.getKey(), rule.getValue().asText(""))));
            }
        }
    }

    /**
     * The partial app acknowledges what the cached stacks do (on a construct outside every stack, which writes
     * nothing), so its validation suppresses the same rules as the whole fleet's would.
     */
    private static void acknowledge(App app, Map<String, String> acks) {
        if (acks.isEmpty()) return;
        Construct holder = new Construct(app, "RegionstackCachedAcknowledgements");
        acks.forEach((id, reason) -> Validations.of(holder).acknowledge(Acknowledgment.builder().id(id).reason(reason).build()));
    }

    /** Copies the entry's files into the assembly, each shared asset once. */
    private void copyFiles(UnitEntry e, Path outdir, Set<String> copied) throws IOException {
        for (Map.Entry<String, String> f : e.files()) {
            if (!copied.add(f.getKey())) continue;
            Path to = outdir.resolve(f.getKey());
            Files.createDirectories(to.getParent());
            Files.copy(cache.stored(e, f.getKey()), to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Map<String, UnitEntry> entryOfStack(Map<String, UnitEntry> byKey) {
        Map<String, UnitEntry> of = new HashMap<>();
        for (SynthUnit u : units) u.stacks().forEach(s -> of.put(s.name(), byKey.get(u.key())));
        return of;
    }

    private Set<String> names() {
        return plan.stacks().stream().map(StackSpec::name).collect(Collectors.toSet());
    }
}
