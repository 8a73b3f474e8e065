package dev.regionstack.fleet;

import dev.regionstack.fleet.model.Approval;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fleet file as read, level by level, before inheritance. A value the file got wrong is empty here (its
 * problem is already reported); the spec is resolved into the model only when the file has no problem.
 *
 * @param projectPosition where the file sets {@code project} (the start of the file when it does not)
 * @param tagsPosition where the top-level {@code tags} key is, when the file has one
 * @param hasDnsBlock true when the file has a top-level {@code dns} key, even an invalid one (so that components
 *                    naming {@code dns} are not reported twice)
 * @param dns         the top-level {@code dns} block as written (its keys may be partial: environments merge over it)
 */
record FleetSpec(Optional<String> project, Position projectPosition, Map<String, String> tags, Optional<Position> tagsPosition,
                 boolean hasDnsBlock, Optional<DnsLayer> dns, SettingsLayer defaults, List<EnvironmentSpec> environments) {

    /** Whether {@code env} has a {@code dns} block: its own, or the top-level one. */
    boolean hasDnsBlock(EnvironmentSpec env) { return hasDnsBlock || env.hasDnsBlock(); }

    /** The environment's {@code dns} block merged over the top-level one, when either exists and reads. */
    Optional<DnsLayer> dns(EnvironmentSpec env) {
        if (env.dns().isPresent()) return Optional.of(dns.map(top -> env.dns().get().over(top)).orElse(env.dns().get()));
        return dns;
    }

    /**
     * One environment as written; {@code position} is its name's key.
     *
     * @param tags         the environment's own {@code tags}
     * @param tagsPosition where its {@code tags} key is, when it has one
     * @param hasDnsBlock  it has a {@code dns} key, even an invalid one
     * @param dns          its own {@code dns} block as written
     */
    record EnvironmentSpec(String name, Position position, String path, Optional<String> account, Optional<Approval> approval,
                           SettingsLayer settings, Position regionsPosition, List<RegionSpec> regions,
                           Map<String, String> tags, Optional<Position> tagsPosition, boolean hasDnsBlock, Optional<DnsLayer> dns) {}

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
