package dev.regionstack.deploy;

import java.util.List;

/**
 * What a rollout did. Every stack of the rollout is in exactly one list (all empty lists for a dry run but
 * {@code notAttempted}, which then holds every stack), each list in plan order.
 *
 * @param outcome      how the rollout ended
 * @param deployed     stacks whose {@code cdk deploy} exited 0
 * @param failed       stacks whose {@code cdk deploy} exited non-zero or could not start
 * @param notAttempted stacks never started: later waves after a failure or a declined approval, stacks of the
 *                     failed wave still queued when the failure happened, or every stack of a dry run
 */
public record DeployResult(Outcome outcome, List<String> deployed, List<String> failed, List<String> notAttempted) {
    public DeployResult {
        deployed = List.copyOf(deployed);
        failed = List.copyOf(failed);
        notAttempted = List.copyOf(notAttempted);
    }

    public enum Outcome {
        /** Every stack deployed. */
        SUCCEEDED,
        /** A stack failed; its wave's running stacks finished, later waves did not start. */
        FAILED,
        /** A person answered no to a manual environment's approval; its waves and later ones did not start. */
        DECLINED,
        /** Commands printed, nothing run. */
        DRY_RUN
    }

    /** 0 when everything asked for was done (or printed), else 1 (as the command line's exit status). */
    public int exitCode() {
        return outcome == Outcome.SUCCEEDED || outcome == Outcome.DRY_RUN ? 0 : 1;
    }
}
