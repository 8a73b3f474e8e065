package dev.regionstack.deploy;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Deploys a synthesized cloud assembly with the CDK CLI, wave by wave.
 *
 * <p>Each stack gets its own {@code cdk deploy --app <assembly> --exclusively --require-approval never <stack>},
 * and up to {@code concurrency} of them run at once inside a wave (a fixed thread pool); a wave starts only once
 * every command of the previous one has ended. One process per stack, rather than one {@code cdk deploy
 * --concurrency N} per wave, gives each stack its own exit code (so the summary says exactly what deployed), its
 * own {@code --profile}, and output that can be prefixed with the stack name; it costs one CLI start (about half
 * a second of reading the assembly) per stack, which is nothing next to a CloudFormation deployment.
 *
 * <p>At the first failure no further stack starts: the stacks of that wave already running finish, the rest of
 * the wave and every later wave are reported as not attempted. Everything that can be checked is checked before
 * anything runs: the named AWS profiles exist, every account has a credential source (unless a dry run), the assembly
 * exists, and manual environments can be approved.
 */
public final class DeployRunner {
    private final CdkCli cdk;
    private final Path assembly;
    private final DeployOptions options;
    private final Console console;
    private final PrintWriter out;
    private final AwsProfiles profiles;

    /**
     * @param cdk      the CLI to run ({@link CdkCli#locate})
     * @param assembly the cloud assembly directory the stacks were synthesized into (made absolute)
     * @param options  see {@link DeployOptions}
     * @param console  where a person approves manual environments
     * @param out      where progress, the CLI's prefixed output and the summary go
     */
    public DeployRunner(CdkCli cdk, Path assembly, DeployOptions options, Console console, PrintWriter out) {
        this.cdk = Objects.requireNonNull(cdk, "cdk");
        this.assembly = assembly.toAbsolutePath().normalize();
        this.options = Objects.requireNonNull(options, "options");
        this.console = Objects.requireNonNull(console, "console");
        this.out = Objects.requireNonNull(out, "out");
        this.profiles = new AwsProfiles(options.profiles(), options.environment());
    }

    /** The command that deploys {@code stack}, exactly as run (and as a dry run prints it). */
    public List<String> command(RolloutStack stack) {
        List<String> args = new ArrayList<>(List.of("deploy", "--app", assembly.toString(), "--exclusively",
                "--require-approval", options.requireApproval()));
        profiles.profileFor(stack.account()).ifPresent(p -> args.addAll(List.of("--profile", p)));
        args.addAll(options.extraArgs());
        args.add(stack.name());
        return cdk.command(args);
    }

    /**
     * Runs (or with {@code dryRun} prints) the waves in order.
     *
     * @throws RolloutException before anything runs, if a named profile is missing, an account has no credential
     *                          source, the assembly is missing, or a manual environment would need a terminal that is
     *                          not there
     */
    public DeployResult run(List<RolloutWave> waves) {
        List<RolloutStack> all = waves.stream().flatMap(w -> w.stacks().stream()).toList();
        requireUniqueNames(all);
        profiles.requireDefined(all.stream().map(RolloutStack::account).toList());
        if (options.dryRun()) return dryRun(waves, all);
        profiles.requireCredentials(all.stream().map(RolloutStack::account).toList());
        requireAssembly();
        requireApprovalPossible(waves);

        Map<String, StackOutcome> outcomes = new LinkedHashMap<>();
        all.forEach(s -> outcomes.put(s.name(), StackOutcome.NOT_ATTEMPTED));
        DeployResult.Outcome outcome = DeployResult.Outcome.SUCCEEDED;
        String stopReason = null;
        for (RolloutWave wave : waves) {
            out.println("== wave " + wave.number() + " (" + wave.environment() + "): " + names(wave.stacks())
                    + ", up to " + Math.min(options.concurrency(), Math.max(1, wave.stacks().size())) + " at a time");
            out.flush();
            if (wave.approvalBefore() && !approved(wave.environment())) {
                outcome = DeployResult.Outcome.DECLINED;
                stopReason = "deploy of " + wave.environment() + " was not approved";
                break;
            }
            if (!runWave(wave, outcomes)) {
                outcome = DeployResult.Outcome.FAILED;
                stopReason = "wave " + wave.number() + " (" + wave.environment() + ") failed";
                break;
            }
        }
        DeployResult result = new DeployResult(outcome, withOutcome(outcomes, StackOutcome.DEPLOYED),
                withOutcome(outcomes, StackOutcome.FAILED), withOutcome(outcomes, StackOutcome.NOT_ATTEMPTED));
        printSummary(result, stopReason);
        return result;
    }

    private DeployResult dryRun(List<RolloutWave> waves, List<RolloutStack> all) {
        for (RolloutWave wave : waves) {
            out.println("# wave " + wave.number() + " (" + wave.environment() + "): " + wave.stacks().size()
                    + (wave.stacks().size() == 1 ? " stack" : " stacks") + ", up to "
                    + Math.min(options.concurrency(), Math.max(1, wave.stacks().size())) + " at a time");
            if (wave.approvalBefore()) {
                out.println("# approval needed before this wave: " + (options.approve() ? "given by --approve"
                        : "asks \"" + question(wave.environment()) + "\" on a terminal, or pass --approve"));
            }
            for (RolloutStack stack : wave.stacks()) out.println(ShellWords.join(command(stack)));
        }
        out.flush();
        return new DeployResult(DeployResult.Outcome.DRY_RUN, List.of(), List.of(), names(all.stream()));
    }

    /** Runs one wave; false if any stack failed. */
    private boolean runWave(RolloutWave wave, Map<String, StackOutcome> outcomes) {
        if (wave.stacks().isEmpty()) return true;
        int width = wave.stacks().stream().mapToInt(s -> s.name().length()).max().orElse(0);
        CdkProcess process = new CdkProcess(options.environment(), options.workingDirectory(), out);
        AtomicBoolean stop = new AtomicBoolean();
        Map<String, StackOutcome> waveOutcomes = new ConcurrentHashMap<>();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.concurrency(), wave.stacks().size()), r -> {
            Thread t = new Thread(r, "cdk-deploy-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (RolloutStack stack : wave.stacks()) {
                String prefix = "[" + stack.name() + "]" + " ".repeat(width - stack.name().length()) + " ";
                futures.add(pool.submit(() -> {
                    if (stop.get()) return null;
                    long started = System.nanoTime();
                    int code = process.run(command(stack), prefix);
                    String took = String.format(java.util.Locale.ROOT, "%.1fs", (System.nanoTime() - started) / 1e9);
                    if (code == 0) {
                        waveOutcomes.put(stack.name(), StackOutcome.DEPLOYED);
                        printLine(prefix + "deployed (" + took + ")");
                    } else {
                        stop.set(true);
                        waveOutcomes.put(stack.name(), StackOutcome.FAILED);
                        printLine(prefix + "FAILED: cdk deploy exited with " + code + " (" + took + ")");
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) f.get();
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            stop.set(true);
            printLine("interrupted: stopping the running cdk processes");
        } catch (ExecutionException e) {
            throw new IllegalStateException("deploy task failed unexpectedly", e.getCause());
        } finally {
            pool.shutdown();
        }
        outcomes.putAll(waveOutcomes);
        return !stop.get();
    }

    private boolean approved(String environment) {
        if (options.approve()) {
            printLine("approval for " + environment + " given by --approve");
            return true;
        }
        boolean yes = console.confirm(question(environment));
        printLine(yes ? "approved: deploying " + environment : "not approved: " + environment + " is not deployed");
        return yes;
    }

    private static String question(String environment) {
        return "deploy " + environment + "? [y/N]";
    }

    private void requireUniqueNames(List<RolloutStack> all) {
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (RolloutStack s : all) if (!seen.add(s.name())) duplicates.add(s.name());
        if (!duplicates.isEmpty()) {
            throw new IllegalArgumentException("a stack may be in one wave only; repeated: " + String.join(", ", duplicates));
        }
    }

    private void requireAssembly() {
        if (!Files.isRegularFile(assembly.resolve("manifest.json"))) {
            throw new RolloutException("no cloud assembly at " + assembly + " (manifest.json is missing): synthesize first");
        }
    }

    private void requireApprovalPossible(List<RolloutWave> waves) {
        if (options.approve() || console.isTerminal()) return;
        List<String> manual = waves.stream().filter(RolloutWave::approvalBefore).map(RolloutWave::environment)
                .distinct().toList();
        if (!manual.isEmpty()) {
            throw new RolloutException("deploying " + String.join(", ", manual) + " needs approval (approval: manual),"
                    + " and there is no terminal to ask on: run it on a terminal, or pass --approve to approve it in a script;"
                    + " nothing was deployed");
        }
    }

    private void printSummary(DeployResult result, String stopReason) {
        out.println(stopReason == null
                ? "rollout complete: " + result.deployed().size() + " deployed"
                : "rollout stopped: " + stopReason);
        out.println("deployed (" + result.deployed().size() + "): " + Processes.listed(result.deployed()));
        out.println("failed (" + result.failed().size() + "): " + Processes.listed(result.failed()));
        out.println("not attempted (" + result.notAttempted().size() + "): " + Processes.listed(result.notAttempted()));
        out.flush();
    }

    private void printLine(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    private static String names(List<RolloutStack> stacks) {
        return stacks.stream().map(RolloutStack::name).collect(Collectors.joining(", "));
    }

    private static List<String> names(java.util.stream.Stream<RolloutStack> stacks) {
        return stacks.map(RolloutStack::name).toList();
    }

    private static List<String> withOutcome(Map<String, StackOutcome> outcomes, StackOutcome wanted) {
        return outcomes.entrySet().stream().filter(e -> e.getValue() == wanted).map(Map.Entry::getKey).toList();
    }

    private enum StackOutcome { DEPLOYED, FAILED, NOT_ATTEMPTED }
}
