package dev.regionstack.app.resilience;

import java.util.List;

/**
 * One environment's recovery point and time per store, and what keeps it from meeting its recovery time objective.
 *
 * @param environment the environment's name
 * @param regions     its regions, primary first
 * @param approach    {@code activePassive} or {@code activeActive} (see {@link ResilienceAssessment#approach})
 * @param rtoMinutes  the recovery time objective the file asks for
 * @param objectives  per store and event
 * @param flags       one sentence per configuration that cannot meet {@code rtoMinutes}, or meets it only by hand
 */
public record EnvironmentResilience(String environment, List<String> regions, String approach, int rtoMinutes,
                                    List<RecoveryObjective> objectives, List<String> flags) {
    public EnvironmentResilience {
        regions = List.copyOf(regions);
        objectives = List.copyOf(objectives);
        flags = List.copyOf(flags);
    }
}
