package dev.regionstack.fleet;

import dev.regionstack.fleet.model.Approval;
import dev.regionstack.fleet.model.Dns;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fleet file as read, level by level, before inheritance. A value the file got wrong is empty here (its
 * problem is already reported); the spec is resolved into the model only when the file has no problem.
 *
 * @param projectPosition where the file sets {@code project} (the start of the file when it does not)
 * @param hasDnsBlock true when the file has a {@code dns} key, even an invalid one (so that components
 *                    naming {@code dns} are not reported twice)
 */
record FleetSpec(Optional<String> project, Position projectPosition, Map<String, String> tags, boolean hasDnsBlock, Optional<Dns> dns,
                 SettingsLayer defaults, List<EnvironmentSpec> environments) {

    /** One environment as written; {@code position} is its name's key. */
    record EnvironmentSpec(String name, Position position, String path, Optional<String> account, Optional<Approval> approval,
                           SettingsLayer settings, Position regionsPosition, List<RegionSpec> regions) {}

    /**
     * One region of an environment as written; {@code position} is its code's key.
     *
     * @param primaryUnreadable the region has a {@code primary} key whose value is wrong (already reported), so
     *                          "no primary region" would only repeat it
     */
    record RegionSpec(String code, boolean known, Position position, String path, Optional<Located<String>> cidr,
                      Optional<Located<Boolean>> primary, boolean primaryUnreadable, Optional<List<String>> zones,
                      SettingsLayer settings) {}
}
