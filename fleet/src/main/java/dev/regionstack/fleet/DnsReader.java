package dev.regionstack.fleet;

import dev.regionstack.fleet.model.Dns;
import dev.regionstack.fleet.model.Routing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code dns}: zoneName and zoneId of an existing public hosted zone (both required: no lookups), routing. */
final class DnsReader {
    private static final Pattern ZONE_NAME = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern ZONE_ID = Pattern.compile("Z[A-Z0-9]{1,32}");

    private DnsReader() {}

    static Optional<Dns> read(Node node, Position owner, String path, Values values) {
        Optional<Node.MapNode> map = values.mapOrEmpty(node, path, "zoneName: example.com, zoneId: Z0123456789ABCDEFGHIJ");
        if (map.isEmpty()) return Optional.empty();
        MapFields f = MapFields.check(map.get(), owner, path, List.of("zoneName", "zoneId", "routing"), Map.of(), values);
        if (!f.has("zoneName")) f.missing("zoneName", "the name of an existing public hosted zone, e.g. example.com", values);
        if (!f.has("zoneId")) f.missing("zoneId", "the hosted zone's id, e.g. Z0123456789ABCDEFGHIJ (regionstack never looks it up)", values);
        Optional<String> name = f.value("zoneName").flatMap(n -> values.matching(n, f.path("zoneName"), ZONE_NAME,
                "expected a lower-case DNS name such as example.com, without a trailing dot"));
        Optional<String> id = f.value("zoneId").flatMap(n -> values.matching(n, f.path("zoneId"), ZONE_ID,
                "a Route 53 hosted zone id is Z followed by upper-case letters and digits, e.g. Z0123456789ABCDEFGHIJ"));
        Optional<Routing> routing = f.value("routing").flatMap(n -> values.choice(n, f.path("routing"), Routing.class));
        if (name.isEmpty() || id.isEmpty() || (f.has("routing") && routing.isEmpty())) return Optional.empty();
        return Optional.of(new Dns(name.get(), id.get(), routing.orElse(Routing.FAILOVER)));
    }
}
