package dev.regionstack.fleet;

import dev.regionstack.fleet.model.Dns;
import dev.regionstack.fleet.model.Routing;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code dns} block as written (the top-level one or an environment's): each key only where the block sets it
 * validly. {@link #over} merges an environment's block over the top-level one key by key.
 *
 * @param position where the block's own key is
 * @param path     {@code dns} or {@code environments.<env>.dns}
 * @param written  the keys the block (or, merged, either block) writes, valid or not
 */
record DnsLayer(Position position, String path, Set<String> written, Optional<Located<String>> zoneName,
                Optional<Located<String>> zoneId, Optional<Located<Routing>> routing, Optional<Located<String>> recordName) {
    DnsLayer {
        written = Set.copyOf(written);
    }

    DnsLayer over(DnsLayer parent) {
        Set<String> both = new HashSet<>(written);
        both.addAll(parent.written);
        return new DnsLayer(position, path, both, zoneName.or(parent::zoneName), zoneId.or(parent::zoneId),
                routing.or(parent::routing), recordName.or(parent::recordName));
    }

    Routing routingOrDefault() { return routing.map(Located::value).orElse(Routing.FAILOVER); }

    /** The environment's DNS, when both zone keys are set. */
    Optional<Dns> resolve(String environment) {
        if (zoneName.isEmpty() || zoneId.isEmpty()) return Optional.empty();
        return Optional.of(new Dns(zoneName.get().value(), zoneId.get().value(), routingOrDefault(),
                recordName.map(Located::value).orElse(environment)));
    }
}
