package dev.regionstack.deploy;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * {@code cdk diff} of the selected stacks against what is deployed, one command per deployment (per account,
 * should a deployment's stacks span several), so that the output reads deployment by deployment.
 *
 * <p>Diff only reads, so every group is diffed even when one fails (e.g. missing credentials), and the result
 * names the groups that failed. The CLI exits 0 whether or not there are differences (no {@code --fail}).
 */
public final class DiffRunner {
    private final CdkCli cdk;
    private final Path assembly;
    private final CdkSettings settings;
    private final PrintWriter out;
    private final AwsProfiles profiles;

    /**
     * @param assembly the cloud assembly directory the stacks were synthesized into (made absolute)
     */
    public DiffRunner(CdkCli cdk, Path assembly, CdkSettings settings, PrintWriter out) {
        this.cdk = Objects.requireNonNull(cdk, "cdk");
        this.assembly = assembly.toAbsolutePath().normalize();
        this.settings = Objects.requireNonNull(settings, "settings");
        this.out = Objects.requireNonNull(out, "out");
        this.profiles = settings.awsProfiles();
    }

    /**
     * The commands, keyed by a group name: the deployment key, or {@code <deployment> (<account>)} for the part of
     * a deployment in one account when its stacks span several. In the map's order, stacks in their order.
     */
    public Map<String, List<String>> commands(Map<String, List<RolloutStack>> byDeployment) {
        Map<String, List<String>> commands = new LinkedHashMap<>();
        groups(byDeployment).forEach(g -> commands.put(g.name(), g.command()));
        return commands;
    }

    /** Prints the commands, one per line, in order, and runs nothing. Checks the profiles first. */
    public RunResult print(Map<String, List<RolloutStack>> byDeployment) {
        requireProfiles(byDeployment);
        Map<String, List<String>> commands = commands(byDeployment);
        commands.values().forEach(c -> out.println(ShellWords.join(c)));
        out.flush();
        return new RunResult(List.of(), List.of(), List.copyOf(commands.keySet()));
    }

    /**
     * Diffs every group in order, each under a {@code == diff <group>: <stacks>} heading.
     *
     * @throws RolloutException before anything runs, if a named profile or the assembly is missing
     */
    public RunResult run(Map<String, List<RolloutStack>> byDeployment) {
        requireProfiles(byDeployment);
        if (!Files.isRegularFile(assembly.resolve("manifest.json"))) {
            throw new RolloutException("no cloud assembly at " + assembly + " (manifest.json is missing): synthesize first");
        }
        CdkProcess process = new CdkProcess(settings.environment(), settings.workingDirectory(), out);
        List<String> done = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Group group : groups(byDeployment)) {
            out.println("== diff " + group.name() + ": " + group.stacks().stream().map(RolloutStack::name)
                    .collect(Collectors.joining(", ")));
            out.flush();
            int code = Processes.runUninterrupted(process, group.command(), "");
            if (code == 0) {
                done.add(group.name());
            } else {
                failed.add(group.name());
                out.println("FAILED: cdk diff of " + group.name() + " exited with " + code);
            }
        }
        out.println("diffed (" + done.size() + "): " + Processes.listed(done));
        out.println("failed (" + failed.size() + "): " + Processes.listed(failed));
        out.flush();
        return new RunResult(done, failed, List.of());
    }

    private void requireProfiles(Map<String, List<RolloutStack>> byDeployment) {
        profiles.requireDefined(byDeployment.values().stream().flatMap(List::stream).map(RolloutStack::account).toList());
    }

    private List<Group> groups(Map<String, List<RolloutStack>> byDeployment) {
        List<Group> groups = new ArrayList<>();
        byDeployment.forEach((deployment, stacks) -> {
            Map<String, List<RolloutStack>> byAccount = stacks.stream()
                    .collect(Collectors.groupingBy(RolloutStack::account, LinkedHashMap::new, Collectors.toList()));
            byAccount.forEach((account, inAccount) -> {
                List<String> args = new ArrayList<>(List.of("diff", "--app", assembly.toString()));
                profiles.profileFor(account).ifPresent(p -> args.addAll(List.of("--profile", p)));
                args.addAll(settings.extraArgs());
                inAccount.forEach(s -> args.add(s.name()));
                String name = byAccount.size() == 1 ? deployment : deployment + " (" + account + ")";
                groups.add(new Group(name, inAccount, cdk.command(args)));
            });
        });
        return groups;
    }

    private record Group(String name, List<RolloutStack> stacks, List<String> command) {}
}
