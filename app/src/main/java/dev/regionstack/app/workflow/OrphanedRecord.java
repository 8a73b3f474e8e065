package dev.regionstack.app.workflow;

import dev.regionstack.guard.StackRemovals;

import java.nio.file.Path;
import java.util.List;

/**
 * The deploy record of an environment the fleet no longer has: another environment's, so reported, never blocking.
 *
 * @param environment the removed environment
 * @param record      its deploy record's directory
 * @param removals    its recorded stacks, in deletion order
 */
public record OrphanedRecord(String environment, Path record, List<StackRemovals.Removal> removals) {
    public OrphanedRecord {
        removals = List.copyOf(removals);
    }
}
