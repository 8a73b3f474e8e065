package dev.regionstack.guard;

/** What a change means for the data and for the resources that depend on it. */
public enum Impact {
    /** Nothing is lost. */
    NONE,
    /** A stateful resource leaves the stack or is replaced, but its DeletionPolicy/UpdateReplacePolicy keeps the data. */
    RETAINED,
    /** A stateful resource is deleted, or replaced by an empty one: its data is gone. */
    DATA_LOSS,
    /**
     * A foundation resource (see {@link GuardRules#FOUNDATION_TYPES}) is replaced: it holds no data itself, but
     * everything placed in it has to be replaced or fails to update, databases included.
     */
    DESTRUCTIVE;

    /** The marker shown in the rendered report: {@code DATA LOSS}, {@code RETAINED}, {@code DESTRUCTIVE}, or empty. */
    public String marker() {
        return this == NONE ? "" : name().replace('_', ' ');
    }
}
