package dev.regionstack.fleet;

import dev.regionstack.fleet.model.Routing;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code dns}, at the top level or in an environment: zoneName and zoneId of an existing public hosted zone, routing,
 * recordName. Each key is checked where it is written; whether the zone keys are all there is checked per environment
 * once the blocks are merged ({@link DnsRules}).
 */
final class DnsReader {
    private static final Pattern ZONE_NAME = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern ZONE_ID = Pattern.compile("Z[A-Z0-9]{1,32}");
    /** One DNS label: the routed record is {@code <recordName>.<zoneName>}. */
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    static final List<String> KEYS = List.of("zoneName", "zoneId", "routing", "recordName");

    private DnsReader() {}

    static Optional<DnsLayer> read(Node node, Position owner, String path, Values values) {
        Optional<Node.MapNode> map = values.mapOrEmpty(node, path, "zoneName: example.com, zoneId: Z0123456789ABCDEFGHIJ");
        if (map.isEmpty()) return Optional.empty();
        MapFields f = MapFields.check(map.get(), owner, path, KEYS, Map.of(), values);
        Optional<Located<String>> name = f.value("zoneName").flatMap(n -> values.matching(n, f.path("zoneName"), ZONE_NAME,
                "expected a lower-case DNS name such as example.com, without a trailing dot")
                .map(v -> new Located<>(v, n.position(), f.path("zoneName"))));
        Optional<Located<String>> id = f.value("zoneId").flatMap(n -> values.matching(n, f.path("zoneId"), ZONE_ID,
                "a Route 53 hosted zone id is Z followed by upper-case letters and digits, e.g. Z0123456789ABCDEFGHIJ")
                .map(v -> new Located<>(v, n.position(), f.path("zoneId"))));
        Optional<Located<Routing>> routing = f.value("routing").flatMap(n -> values.choice(n, f.path("routing"), Routing.class)
                .map(v -> new Located<>(v, n.position(), f.path("routing"))));
        Optional<Located<String>> recordName = f.value("recordName").flatMap(n -> values.matching(n, f.path("recordName"), LABEL,
                "the routed record's label is one lower-case DNS label (letters, digits and hyphens, at most 63, "
                        + "not starting or ending with a hyphen), e.g. api; the record is <recordName>.<zoneName>")
                .map(v -> new Located<>(v, n.position(), f.path("recordName"))));
        Set<String> written = new HashSet<>();
        KEYS.stream().filter(f::has).forEach(written::add);
        return Optional.of(new DnsLayer(owner, path, written, name, id, routing, recordName));
    }
}
