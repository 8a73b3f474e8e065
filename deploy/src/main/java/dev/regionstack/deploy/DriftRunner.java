package dev.regionstack.deploy;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cdk drift} of the selected stacks, one command per stack (so each stack gets its own verdict and one that is
 * not deployed does not hide the others), in rollout order, with the profile of the stack's account.
 *
 * <p>The pinned CLI (2.1148.1) prints {@code Stack <name>}, then either {@code No drift detected} or the modified
 * and deleted resources and {@code N resource(s) has/have drifted from their expected configuration}, and finally
 * {@code ✨  Number of resources with drift: N} (with {@code (M unchecked)} when some could not be checked); it exits 0
 * either way (no {@code --fail}). A stack that was never deployed makes CloudFormation answer {@code Stack with id
 * <name> does not exist}, and the CLI exits 1. Drift only reads, so every stack is checked even when one fails.
 */
public final class DriftRunner {
    private static final Pattern TOTAL = Pattern.compile("Number of resources with drift: (\\d+)(?: \\((\\d+) unchecked\\))?");
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");

    private final CdkCli cdk;
    private final Path assembly;
    private final CdkSettings settings;
    private final PrintWriter out;
    private final AwsProfiles profiles;

    /** @param assembly the cloud assembly directory the stacks were synthesized into (made absolute) */
    public DriftRunner(CdkCli cdk, Path assembly, CdkSettings settings, PrintWriter out) {
        this.cdk = Objects.requireNonNull(cdk, "cdk");
        this.assembly = assembly.toAbsolutePath().normalize();
        this.settings = Objects.requireNonNull(settings, "settings");
        this.out = Objects.requireNonNull(out, "out");
        this.profiles = settings.awsProfiles();
    }

    /** The command of each stack, in order. */
    public Map<String, List<String>> commands(List<RolloutStack> stacks) {
        Map<String, List<String>> commands = new LinkedHashMap<>();
        for (RolloutStack s : stacks) {
            List<String> args = new ArrayList<>(List.of("drift", "--app", assembly.toString(), "--no-color"));
            profiles.profileFor(s.account()).ifPresent(p -> args.addAll(List.of("--profile", p)));
            args.addAll(settings.extraArgs());
            args.add(s.name());
            commands.put(s.name(), cdk.command(args));
        }
        return commands;
    }

    /** Prints the commands, one per line, and runs nothing. Checks the profiles first. */
    public void print(List<RolloutStack> stacks) {
        profiles.requireDefined(stacks.stream().map(RolloutStack::account).toList());
        commands(stacks).values().forEach(c -> out.println(ShellWords.join(c)));
        out.flush();
    }

    /**
     * Checks every stack in order, printing the CLI's output of a stack that drifted or failed (indented), a summary
     * line per stack, and the counts.
     *
     * @throws RolloutException before anything runs, if a named profile or the assembly is missing
     */
    public List<StackDrift> run(List<RolloutStack> stacks) {
        profiles.requireDefined(stacks.stream().map(RolloutStack::account).toList());
        if (!Files.isRegularFile(assembly.resolve("manifest.json"))) {
            throw new RolloutException("no cloud assembly at " + assembly + " (manifest.json is missing): synthesize first");
        }
        CdkProcess process = new CdkProcess(settings.environment(), settings.workingDirectory(), out);
        List<StackDrift> results = new ArrayList<>();
        for (Map.Entry<String, List<String>> command : commands(stacks).entrySet()) {
            List<String> lines = new ArrayList<>();
            int code;
            try {
                code = process.run(command.getValue(), line -> lines.add(ANSI.matcher(line).replaceAll("")));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                code = -1;
                lines.add("interrupted");
            }
            StackDrift result = parse(command.getKey(), code, lines);
            if (result.status() == StackDrift.Status.DRIFTED || result.status() == StackDrift.Status.FAILED) {
                result.output().forEach(l -> out.println("  " + l));
            }
            out.println(result.summary());
            out.flush();
            results.add(result);
        }
        Map<StackDrift.Status, Long> counts = new LinkedHashMap<>();
        for (StackDrift.Status s : StackDrift.Status.values()) counts.put(s, results.stream().filter(r -> r.status() == s).count());
        out.println("stacks: " + results.size() + ", in sync " + counts.get(StackDrift.Status.IN_SYNC)
                + ", drifted " + counts.get(StackDrift.Status.DRIFTED) + ", not deployed " + counts.get(StackDrift.Status.NOT_DEPLOYED)
                + ", failed " + counts.get(StackDrift.Status.FAILED));
        out.flush();
        return results;
    }

    /** 0 when every stack is in sync, else 1. */
    public static int exitCode(List<StackDrift> results) {
        return results.stream().allMatch(r -> r.status() == StackDrift.Status.IN_SYNC) ? 0 : 1;
    }

    static StackDrift parse(String stack, int exitCode, List<String> lines) {
        if (lines.stream().anyMatch(l -> l.contains("Stack with id " + stack + " does not exist"))) {
            return new StackDrift(stack, StackDrift.Status.NOT_DEPLOYED, 0, 0, "", lines);
        }
        Matcher total = null;
        for (String line : lines) {
            Matcher m = TOTAL.matcher(line);
            if (m.find()) total = m;
        }
        if (exitCode != 0) return failed(stack, lastLine(lines) + " (cdk drift exited with " + exitCode + ")", lines);
        if (lines.stream().anyMatch(l -> l.contains("No drift results available"))) return failed(stack, "no drift results available", lines);
        if (total == null) return failed(stack, "cdk drift printed no drift count", lines);
        int drifted = Integer.parseInt(total.group(1));
        int unchecked = total.group(2) == null ? 0 : Integer.parseInt(total.group(2));
        return new StackDrift(stack, drifted == 0 ? StackDrift.Status.IN_SYNC : StackDrift.Status.DRIFTED, drifted, unchecked, "", lines);
    }

    private static StackDrift failed(String stack, String reason, List<String> lines) {
        return new StackDrift(stack, StackDrift.Status.FAILED, 0, 0, reason, lines);
    }

    /** The CLI's last non-blank line: for a failure, the error it printed. */
    private static String lastLine(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) return lines.get(i).strip();
        }
        return "no output";
    }
}
