package dev.regionstack.app.workflow;

import dev.regionstack.deploy.Console;
import dev.regionstack.deploy.DeployOptions;
import dev.regionstack.deploy.DeployResult;
import dev.regionstack.deploy.DeployRunner;
import dev.regionstack.deploy.RolloutWave;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The last step of a deploy: runs (or prints) the waves against a synthesized assembly. */
@FunctionalInterface
public interface Deployer {
    DeployResult deploy(Path assembly, DeployOptions options, List<RolloutWave> waves);

    /** The pinned CDK CLI ({@link Rollouts#cdk()}, located only when the deploy gets that far), its output on {@code out}. */
    static Deployer cdk(Console console, PrintWriter out) {
        return (assembly, options, waves) -> new DeployRunner(Rollouts.cdk(), assembly, options, console, out).run(waves);
    }
}
