package dev.regionstack.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An offline deploy simulation of a cloud assembly: would CloudFormation accept each template in the order the
 * stacks deploy, and would the deployed platform work (reachable, permitted, named within AWS's limits)? Plain JSON,
 * no CDK, no network.
 */
public final class Verifier {
    private static final List<Check> CHECKS = List.of(
            new NonEmptyStacks(),
            new StackLimits(),
            new Imports(),
            new DeployedExports(),
            new ParameterReads(),
            new PhysicalNames(),
            new Reachability(),
            new ServiceEgress(),
            new Permissions(),
            new Tags(),
            new RegionalAvailability());

    private Verifier() {}

    /**
     * Simulates deploying {@code assembly}.
     *
     * @param deployed the deploy records of the environments it deploys to (assemblies of what is deployed now)
     */
    public static VerifyReport verify(Path assembly, List<Path> deployed) {
        return verify(assembly, deployed, false);
    }

    /**
     * @param partial the assembly holds only part of a fleet (a {@code --env} or {@code --only} selection): what it
     *                refers to that it does not hold may be deployed by the rest of the fleet, and is not checked
     */
    public static VerifyReport verify(Path assembly, List<Path> deployed, boolean partial) {
        long start = System.nanoTime();
        AssemblyModel model = AssemblyModel.load(assembly);
        List<AssemblyModel> records = new ArrayList<>();
        deployed.forEach(d -> records.add(AssemblyModel.load(d)));
        Simulation simulation = new Simulation(model, new Resolver(model), records, Taggable.builtIn());
        Findings findings = new Findings(partial);
        for (Check check : CHECKS) {
            findings.begin(check.name());
            check.run(simulation, findings);
        }
        return new VerifyReport(findings.problems(), findings.checks(), model.stacks().size(), findings.outside(), System.nanoTime() - start);
    }

    public static VerifyReport verify(Path assembly) { return verify(assembly, List.of()); }
}
