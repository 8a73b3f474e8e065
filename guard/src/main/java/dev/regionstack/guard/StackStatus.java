package dev.regionstack.guard;

/** How a stack differs between the two assemblies. */
public enum StackStatus {
    /** Only in the new assembly. */
    ADDED,
    /** Only in the old assembly: deploying without it means deleting the stack. */
    REMOVED,
    /** In both, with resource changes. */
    CHANGED,
    /** In both, with no resource change. */
    UNCHANGED
}
