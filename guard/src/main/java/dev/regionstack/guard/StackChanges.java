package dev.regionstack.guard;

import java.util.List;
import java.util.Objects;

/**
 * The resource changes of one stack.
 *
 * @param stack   the CloudFormation stack name
 * @param status  whether the stack is new, gone, changed or unchanged
 * @param changes its changed resources, REMOVED first, then REPLACED, UPDATED, ADDED, each by logical id
 */
public record StackChanges(String stack, StackStatus status, List<ResourceChange> changes) {
    public StackChanges {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(status, "status");
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
