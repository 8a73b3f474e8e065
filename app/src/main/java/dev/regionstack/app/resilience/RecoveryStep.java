package dev.regionstack.app.resilience;

import java.util.List;

/**
 * One step of moving an environment to another region, as an operator without the tool would run it.
 *
 * @param name     short, e.g. {@code Aurora failover}
 * @param does     what it changes, and for which store
 * @param commands the AWS CLI commands, in order (none for a step that only waits or asks)
 * @param byPlan   the environment's Region switch plan runs this step; the others are the operator's
 */
public record RecoveryStep(String name, String does, List<String> commands, boolean byPlan) {
    public RecoveryStep {
        commands = List.copyOf(commands);
    }
}
