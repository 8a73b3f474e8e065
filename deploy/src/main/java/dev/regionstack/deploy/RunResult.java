package dev.regionstack.deploy;

import java.util.List;

/**
 * What a series of independent CLI commands did (bootstrap environments, diff groups), each item named as the
 * output names it.
 *
 * @param succeeded    items whose command exited 0
 * @param failed       items whose command exited non-zero or could not start
 * @param notAttempted items never started (after a failure, where the runner stops), or all of them when only printed
 */
public record RunResult(List<String> succeeded, List<String> failed, List<String> notAttempted) {
    public RunResult {
        succeeded = List.copyOf(succeeded);
        failed = List.copyOf(failed);
        notAttempted = List.copyOf(notAttempted);
    }

    /** 0 when no command failed, else 1. */
    public int exitCode() {
        return failed.isEmpty() ? 0 : 1;
    }
}
