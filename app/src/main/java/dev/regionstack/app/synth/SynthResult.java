package dev.regionstack.app.synth;

import dev.regionstack.verify.VerifyReport;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a synth.
 *
 * @param outdir   the cloud assembly directory
 * @param stacks   one report per stack, in plan order
 * @param errors   error annotations (stack path: message); any makes the synth fail
 * @param warnings warning annotations
 * @param verify   the deploy simulation of the assembly; any problem makes the synth fail
 */
public record SynthResult(Path outdir, List<StackReport> stacks, List<String> errors, List<String> warnings, VerifyReport verify) {
    public SynthResult {
        stacks = List.copyOf(stacks);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public int resources() { return stacks.stream().mapToInt(StackReport::resources).sum(); }
}
