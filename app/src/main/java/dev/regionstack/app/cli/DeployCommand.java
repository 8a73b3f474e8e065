package dev.regionstack.app.cli;

import dev.regionstack.app.workflow.DeployOutcome;
import dev.regionstack.app.workflow.DeployRequest;
import dev.regionstack.app.workflow.DeployTarget;
import dev.regionstack.app.workflow.DeployWorkflow;
import dev.regionstack.app.workflow.Deployer;
import dev.regionstack.app.workflow.Synthesizer;
import dev.regionstack.deploy.AwsProfiles;
import dev.regionstack.deploy.Console;
import dev.regionstack.fleet.model.Fleet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** Maps the options to a {@link DeployRequest}, runs the {@link DeployWorkflow}, prints what it reports ({@link DeployText}). */
@Command(name = "deploy", description = "Synthesize once, check for data loss, then deploy wave by wave with the pinned AWS CDK CLI.")
final class DeployCommand implements Callable<Integer> {
    @Mixin FleetFileOption fleetFile;
    @Mixin SelectionOptions selection;
    @Mixin ProfileOptions profiles;
    @Spec CommandSpec spec;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4", description = "Stacks deployed at once within a wave (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--dry-run", description = "Print the commands in order; deploy nothing.")
    boolean dryRun;

    @Option(names = "--approve", description = "Approve manual environments without asking (for scripts).")
    boolean approve;

    @Option(names = "--allow-data-loss", paramLabel = "STACK[/LOGICAL_ID]", split = ",",
            description = "Allow this DATA LOSS or DESTRUCTIVE change in a retained environment.")
    Set<String> allowDataLoss = new LinkedHashSet<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "cdk.out", description = "The cloud assembly directory (default: ${DEFAULT-VALUE}).")
    Path outdir;

    @Option(names = "--forget", paramLabel = "STACK", split = ",",
            description = "Stop tracking a stack the fleet no longer has (after deleting it): drop it from the deploy record.")
    Set<String> forget = new LinkedHashSet<>();

    @Override
    public Integer call() {
        Fleet fleet = fleetFile.load();
        if (selection.environment == null) throw new InvalidInputException(List.of("error: deploy needs --env NAME"));
        if (concurrency < 1) throw new InvalidInputException(List.of("error: --concurrency must be at least 1, got " + concurrency));
        // everything that needs no synth first: arguments (exit 2) here, then credentials (exit 1) in the workflow
        DeployTarget target = DeployTarget.of(fleetFile.path(), fleet, selection.resolve(fleet));
        AwsProfiles aws = profiles.checked(target.accounts(), System.getenv());
        List<String> forgetProblems = target.forgetProblems(forget);
        if (!forgetProblems.isEmpty()) throw new InvalidInputException(forgetProblems);

        DeployRequest request = new DeployRequest(target, aws, profiles.profiles, concurrency, dryRun, approve, allowDataLoss,
                forget, outdir);
        PrintWriter out = spec.commandLine().getOut();
        DeployText text = new DeployText(out, spec.commandLine().getErr(), request);
        DeployOutcome outcome = new DeployWorkflow(Synthesizer.FLEET, Deployer.cdk(Console.system(), out)).run(request, text);
        return outcome.accept(text);
    }
}
