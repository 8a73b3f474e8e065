package dev.regionstack.app.workflow;

import dev.regionstack.deploy.DeployResult;
import dev.regionstack.verify.VerifyReport;

import java.util.List;

/**
 * How a {@link DeployWorkflow} ended: refused at one of its steps (nothing deployed), or run by the CDK CLI. A new
 * outcome does not compile until every {@link Cases} handles it.
 */
public sealed interface DeployOutcome {
    <R> R accept(Cases<R> cases);

    /** One method per outcome. */
    interface Cases<R> {
        R noCredentials(NoCredentials outcome);
        R synthFailed(SynthFailed outcome);
        R simulationRefused(SimulationRefused outcome);
        R dataLossRefused(DataLossRefused outcome);
        R ran(Ran outcome);
    }

    /** A real deploy found no credential source for some account; {@code message} has one line per account. */
    record NoCredentials(String message) implements DeployOutcome {
        public <R> R accept(Cases<R> cases) { return cases.noCredentials(this); }
    }

    /** The synth reported error annotations ({@code stack path: message}). */
    record SynthFailed(List<String> errors) implements DeployOutcome {
        public SynthFailed { errors = List.copyOf(errors); }
        public <R> R accept(Cases<R> cases) { return cases.synthFailed(this); }
    }

    /** The deploy simulation of the new assembly found problems. */
    record SimulationRefused(VerifyReport report) implements DeployOutcome {
        public <R> R accept(Cases<R> cases) { return cases.simulationRefused(this); }
    }

    /** The data-loss guard refused the deploy ({@link GuardDecision#refused()}). */
    record DataLossRefused(GuardDecision decision) implements DeployOutcome {
        public <R> R accept(Cases<R> cases) { return cases.dataLossRefused(this); }
    }

    /** The waves were deployed (or printed, for a dry run) as far as they went. */
    record Ran(DeployResult result) implements DeployOutcome {
        public <R> R accept(Cases<R> cases) { return cases.ran(this); }
    }
}
