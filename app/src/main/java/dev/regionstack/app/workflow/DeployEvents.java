package dev.regionstack.app.workflow;

import dev.regionstack.app.synth.SynthResult;

import java.nio.file.Path;
import java.util.Set;

/**
 * What a {@link DeployWorkflow} reports while it goes on, in this order, each at most once (but {@link #orphaned}):
 * the command prints them as they come, before the CDK CLI's own output.
 */
public interface DeployEvents {
    /** A real deploy dropped the {@code --forget} stacks from the deploy record. */
    void forgotten(Set<String> stacks);

    /** The assembly was synthesized without error annotations (its simulation may still have problems). */
    void synthesized(SynthResult synth);

    /** The environment has no deploy record: nothing to compare against. */
    void noEarlierDeploy(String environment, Path record);

    /** The data-loss guard let the deploy go on; what it found is for warnings. */
    void guardPassed(GuardDecision decision);

    /** A deploy record of an environment the fleet no longer has lists stacks that still exist. */
    void orphaned(OrphanedRecord orphan);
}
