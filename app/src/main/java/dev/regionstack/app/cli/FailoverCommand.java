package dev.regionstack.app.cli;

import dev.regionstack.app.resilience.PlanExecution;
import dev.regionstack.app.resilience.RecoveryObjective;
import dev.regionstack.app.resilience.RecoveryStep;
import dev.regionstack.app.resilience.RecoverySteps;
import dev.regionstack.app.resilience.ResilienceAssessment;
import dev.regionstack.app.rollout.LayerSelection;
import dev.regionstack.deploy.Console;
import dev.regionstack.fleet.model.Approval;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.names.PhysicalNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.arcregionswitch.ArcRegionSwitchClient;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "failover", description = "Move an environment's traffic and writers to another region with its ARC"
        + " Region switch plan: prints the steps, then starts the plan's execution in that region and follows it.")
final class FailoverCommand implements Callable<Integer> {
    @Mixin FleetFileOption fleetFile;
    @Spec CommandSpec spec;

    @Option(names = "--env", paramLabel = "NAME", required = true, description = "The environment to move.")
    String environment;

    @Option(names = "--to", paramLabel = "REGION", required = true, description = "The region that takes over.")
    String to;

    @Option(names = "--from", paramLabel = "REGION",
            description = "The region it leaves (default: the primary; name it to fail back to the primary).")
    String from;

    @Option(names = "--unplanned", description = "The region it leaves is lost: Aurora fails over (data loss possible)"
            + " instead of switching over.")
    boolean unplanned;

    @Option(names = "--dry-run", description = "Print the steps; start nothing.")
    boolean dryRun;

    @Option(names = "--approve", description = "Confirm a manual environment without asking (for scripts).")
    boolean approve;

    @Option(names = "--profile", paramLabel = "PROFILE", description = "AWS profile (default: the default credential chain).")
    String profile;

    @Option(names = "--endpoint-url", paramLabel = "URL", hidden = true, description = "ARC's endpoint (tests, proxies).")
    URI endpoint;

    @Option(names = "--poll-seconds", hidden = true, defaultValue = "15") int pollSeconds;

    @Override
    public Integer call() throws InterruptedException {
        Fleet fleet = fleetFile.load();
        Environment e = fleet.environment(environment).orElseThrow(() -> new InvalidInputException(List.of(
                "error: --env " + environment + ": no such environment; the fleet has "
                        + String.join(", ", fleet.environments().stream().map(Environment::name).toList()))));
        String primary = e.primary().region();
        String leaving = from == null ? primary : from;
        check(e, leaving);
        String pairRegion = to.equals(primary) ? leaving : to;
        PrintWriter out = spec.commandLine().getOut();
        out.println("failover " + e.name() + ": " + leaving + " -> " + to + (unplanned ? " (unplanned: " + leaving + " is lost)" : " (planned)")
                + ", plan " + PhysicalNames.regionSwitchPlan(fleet.project(), e.name(), pairRegion));
        List<RecoveryStep> steps = RecoverySteps.of(fleet, e, leaving, to, !unplanned);
        int n = 1;
        for (RecoveryStep step : steps) {
            out.println("  " + n++ + ". " + (step.byPlan() ? "[plan] " : "[by hand, after the plan] ") + step.name() + ": " + step.does());
        }
        for (RecoveryObjective o : ResilienceAssessment.of(fleet, e).objectives()) {
            if (o.event().equals(unplanned ? "region loss" : "planned switchover")) {
                out.println("  " + o.store() + ": RPO " + o.rpo() + "; RTO " + o.rto());
            }
        }
        if (!unplanned) out.println("  every other store keeps replicating: a planned switchover loses nothing");
        if (dryRun) {
            out.println("dry run: nothing started");
            return 0;
        }
        if (e.approval() == Approval.MANUAL && !approve && !Console.system().confirm("move " + e.name() + " to " + to + "? [y/N]")) {
            out.println("not approved: nothing started");
            return 1;
        }
        try (ArcRegionSwitchClient client = client()) {
            PlanExecution execution = new PlanExecution(client, Duration.ofSeconds(pollSeconds), out::println);
            String name = PhysicalNames.regionSwitchPlan(fleet.project(), e.name(), pairRegion);
            String arn = execution.planArn(name).orElseThrow(() -> new IllegalStateException("no Region switch plan " + name
                    + " in " + to + ": deploy " + PhysicalNames.globalStack(fleet.project(), e.name(), "global-resilience") + " first"));
            PlanExecution.Outcome outcome = execution.activate(arn, to, unplanned);
            if (outcome.succeeded()) {
                out.println("failover " + e.name() + " to " + to + ": " + outcome.state());
                steps.stream().filter(s -> !s.byPlan()).forEach(s -> {
                    out.println("now by hand, " + s.name() + ": " + s.does());
                    s.commands().forEach(c -> out.println("  " + c));
                });
                return 0;
            }
            spec.commandLine().getErr().println("error: execution " + outcome.executionId() + " ended " + outcome.state()
                    + outcome.failedStep().map(s -> " at step " + s).orElse("")
                    + "; see it in the ARC console, then resume or cancel it there");
            return 1;
        } catch (SdkException ex) {
            throw new IllegalStateException("ARC Region switch in " + to + ": " + ex.getMessage(), ex);
        }
    }

    private void check(Environment e, String leaving) {
        List<String> regions = e.regions();
        String primary = e.primary().region();
        List<String> problems = new java.util.ArrayList<>();
        if (!LayerSelection.hasResilience(e)) problems.add("error: --env " + e.name() + ": it has no Region switch plan (one region,"
                + " or nothing a plan moves)");
        else if (!regions.contains(to)) problems.add("error: --to " + to + ": not a region of " + e.name() + " (" + String.join(", ", regions) + ")");
        else if (!regions.contains(leaving)) problems.add("error: --from " + leaving + ": not a region of " + e.name() + " (" + String.join(", ", regions) + ")");
        else if (leaving.equals(to)) problems.add("error: --to " + to + ": it is the region being left");
        else if (!leaving.equals(primary) && !to.equals(primary)) problems.add("error: --from " + leaving + " --to " + to
                + ": each plan pairs the primary " + primary + " with one other region; move through " + primary);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
    }

    private ArcRegionSwitchClient client() {
        AwsCredentialsProvider credentials = profile == null ? DefaultCredentialsProvider.builder().build()
                : ProfileCredentialsProvider.create(profile);
        var builder = ArcRegionSwitchClient.builder().region(Region.of(to)).credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create());
        if (endpoint != null) builder.endpointOverride(endpoint);
        return builder.build();
    }
}
