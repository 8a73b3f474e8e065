package dev.regionstack.app.cli;

import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.guardrails.Suppressions;
import dev.regionstack.app.synth.FleetAssembler;
import dev.regionstack.app.synth.FunctionsJar;
import dev.regionstack.app.synth.JsiiStart;
import dev.regionstack.app.synth.FleetSynthesizer;
import dev.regionstack.app.synth.TemplateValidation;
import dev.regionstack.fleet.model.Fleet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import software.amazon.awscdk.App;

import java.util.concurrent.Callable;

/** The CDK app for the AWS CDK CLI ({@code cdk.json}): the whole fleet into the CLI's CDK_OUTDIR. */
@Command(name = "cdk-app", hidden = true, description = "Run as the CDK app of cdk.json (used by the AWS CDK CLI).")
final class CdkAppCommand implements Callable<Integer> {
    @Mixin FleetFileOption fleetFile;

    @Override
    public Integer call() {
        TemplateValidation.startInBackground();   // its engine and jsii start while the JVM reads the fleet
        JsiiStart.inBackground();
        Fleet fleet = fleetFile.load();
        RolloutPlan plan = RolloutPlanner.plan(fleet);
        FunctionsJar.locate();
        App app = FleetSynthesizer.newApp(fleet, null);
        TemplateValidation.register(app);
        new FleetAssembler(app, fleet, FunctionsJar::locate).add(plan, (spec, stack) -> { });
        Suppressions.attach(app);
        app.synth();
        return 0;
    }
}
