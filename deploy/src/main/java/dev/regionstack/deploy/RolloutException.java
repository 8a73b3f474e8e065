package dev.regionstack.deploy;

/** A precondition of a rollout is not met (missing CLI, profile, approval, assembly): nothing was run. */
public final class RolloutException extends RuntimeException {
    public RolloutException(String message) {
        super(message);
    }
}
