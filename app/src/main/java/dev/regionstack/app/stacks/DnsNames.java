package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Dns;
import dev.regionstack.names.PhysicalNames;

/** An environment's DNS as the names module builds its domains from it. */
final class DnsNames {
    private DnsNames() {}

    static PhysicalNames.Domain domain(Dns dns) {
        return new PhysicalNames.Domain(dns.recordName(), dns.zoneName());
    }
}
