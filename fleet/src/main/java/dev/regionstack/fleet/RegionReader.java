package dev.regionstack.fleet;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** One region of an environment: its code, cidr, primary, zones and its overrides (see {@link Placement#REGION}). */
final class RegionReader {
    static final int MIN_PREFIX = 16;
    static final int MAX_PREFIX = 20;
    private static final Pattern CIDR = Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}/[0-9]{1,2}");
    private static final List<IPAddress> PRIVATE = List.of(
            new IPAddressString("10.0.0.0/8").getAddress(),
            new IPAddressString("172.16.0.0/12").getAddress(),
            new IPAddressString("192.168.0.0/16").getAddress());

    private RegionReader() {}

    static FleetSpec.RegionSpec read(Node.Entry entry, String environmentPath, boolean hasDnsBlock, Values values) {
        String code = entry.key();
        String path = KeyPath.child(environmentPath + ".regions", code);
        boolean known = checkCode(code, entry.keyPosition(), path, values);
        Optional<Node.MapNode> map = values.mapOrEmpty(entry.value(), path, "cidr: 10.0.0.0/16, primary: true");
        if (map.isEmpty()) {
            return new FleetSpec.RegionSpec(code, known, entry.keyPosition(), path, Optional.empty(), Optional.empty(),
                    true, Optional.empty(), SettingsLayer.EMPTY);
        }
        MapFields f = MapFields.check(map.get(), entry.keyPosition(), path, Placement.REGION,
                Placement.elsewhereFromRegion(environmentPath), values);
        if (!f.has("cidr")) f.missing("cidr", "the VPC's private IPv4 range, e.g. 10.0.0.0/16", values);
        Optional<Located<String>> cidr = f.value("cidr").flatMap(n -> cidr(n, f.path("cidr"), values));
        Optional<Located<Boolean>> primary = f.value("primary")
                .flatMap(n -> values.bool(n, f.path("primary")).map(b -> new Located<>(b, n.position(), f.path("primary"))));
        Optional<List<String>> zones = f.value("zones").flatMap(n -> zones(n, f.path("zones"), code, known, values));
        SettingsLayer overrides = SettingsReader.read(f, hasDnsBlock, Optional.of(environmentPath), values);
        boolean primaryUnreadable = f.has("primary") && primary.isEmpty();
        return new FleetSpec.RegionSpec(code, known, entry.keyPosition(), path, cidr, primary, primaryUnreadable, zones, overrides);
    }

    private static boolean checkCode(String code, Position position, String path, Values values) {
        if (Regions.isCommercial(code)) return true;
        if (code.startsWith("us-gov-") || code.startsWith("cn-") || code.startsWith("eusc-") || code.startsWith("us-iso")) {
            values.problem(position, path, "`" + code + "` is not a commercial AWS region; regionstack deploys to the "
                    + "commercial (aws) partition only");
        } else {
            values.problem(position, path, "`" + code + "` is not a commercial AWS region code"
                    + Suggestions.closest(code, Regions.all()).map(s -> "; did you mean `" + s + "`?").orElse(" (e.g. us-east-1, eu-west-2)"));
        }
        return false;
    }

    /** A private IPv4 network, /16 to /20, written as its network address. */
    static Optional<Located<String>> cidr(Node node, String path, Values values) {
        Optional<String> text = values.string(node, path);
        if (text.isEmpty()) return Optional.empty();
        String cidr = text.get();
        IPAddress address = CIDR.matcher(cidr).matches() ? new IPAddressString(cidr).getAddress() : null;
        if (address == null || !address.isIPv4() || address.getNetworkPrefixLength() == null) {
            values.problem(node.position(), path, "`" + cidr + "` is not an IPv4 CIDR block; write it as address/prefix, e.g. 10.0.0.0/16");
            return Optional.empty();
        }
        int prefix = address.getNetworkPrefixLength();
        IPAddress network = address.toPrefixBlock();
        if (!address.getLower().isZeroHost()) {
            values.problem(node.position(), path, "`" + cidr + "` has host bits set; the network is "
                    + network.toCanonicalString() + ": write that");
            return Optional.empty();
        }
        if (PRIVATE.stream().noneMatch(p -> p.contains(network))) {
            values.problem(node.position(), path, "`" + cidr + "` is not a private range; use one inside 10.0.0.0/8, "
                    + "172.16.0.0/12 or 192.168.0.0/16 (RFC 1918)");
            return Optional.empty();
        }
        if (prefix < MIN_PREFIX || prefix > MAX_PREFIX) {
            values.problem(node.position(), path, "`" + cidr + "`: the prefix must be /" + MIN_PREFIX + " (65,536 addresses) to /"
                    + MAX_PREFIX + " (4,096 addresses) for a VPC over 3 zones with 3 subnet tiers; got /" + prefix);
            return Optional.empty();
        }
        return Optional.of(new Located<>(network.toCanonicalString(), node.position(), path));
    }

    private static Optional<List<String>> zones(Node node, String path, String region, boolean known, Values values) {
        Optional<Node.ListNode> list = values.list(node, path, "[" + region + "a, " + region + "b, " + region + "c]");
        if (list.isEmpty()) return Optional.empty();
        List<Node> items = list.get().items();
        boolean valid = true;
        if (items.size() < 2 || items.size() > 3) {
            values.problem(node.position(), path, "expected 2 or 3 availability zones, got " + items.size());
            valid = false;
        }
        List<String> zones = new ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = KeyPath.item(path, i);
            Optional<String> zone = values.string(items.get(i), itemPath);
            if (zone.isEmpty()) {
                valid = false;
            } else if (known && !zone.get().matches(Pattern.quote(region) + "[a-z]")) {
                values.problem(items.get(i).position(), itemPath, "`" + zone.get() + "` is not a zone of " + region
                        + "; a zone is the region code and a letter, e.g. " + Regions.zones(region).get(0));
                valid = false;
            } else if (seen.containsKey(zone.get())) {
                values.problem(items.get(i).position(), itemPath, "`" + zone.get() + "` is listed twice (also at "
                        + KeyPath.item(path, seen.get(zone.get())) + "); each zone once");
                valid = false;
            } else {
                seen.put(zone.get(), i);
                zones.add(zone.get());
            }
        }
        return valid && known ? Optional.of(List.copyOf(zones)) : Optional.empty();
    }
}
