package dev.regionstack.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** One region of an environment: its code, cidr, primary, zones and its overrides (see {@link Placement#REGION}). */
final class RegionReader {
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
            values.problem(position, path, Echo.quoted(code) + " is not a commercial AWS region; regionstack deploys to the "
                    + "commercial (aws) partition only");
        } else {
            values.problem(position, path, Echo.quoted(code) + " is not a commercial AWS region code"
                    + Suggestions.closest(code, Regions.all()).map(s -> "; did you mean `" + s + "`?").orElse(" (e.g. us-east-1, eu-west-2)"));
        }
        return false;
    }

    /** A private IPv4 network, /16 to /20, written as its network address ({@link CidrRule}). */
    static Optional<Located<String>> cidr(Node node, String path, Values values) {
        Optional<String> text = values.string(node, path, s -> CidrRule.problem(s).isEmpty());
        if (text.isEmpty()) return Optional.empty();
        Optional<String> problem = CidrRule.problem(text.get());
        if (problem.isPresent()) {
            values.problem(node.position(), path, problem.get());
            return Optional.empty();
        }
        return Optional.of(new Located<>(CidrRule.network(text.get()), node.position(), path));
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
            Optional<String> zone = values.string(items.get(i), itemPath,
                    z -> known && z.matches(Pattern.quote(region) + "[a-z]"));
            if (zone.isEmpty()) {
                valid = false;
            } else if (known && !zone.get().matches(Pattern.quote(region) + "[a-z]")) {
                values.problem(items.get(i).position(), itemPath, Echo.quoted(zone.get()) + " is not a zone of " + region
                        + "; a zone is the region code and a letter, e.g. " + Regions.zones(region).get(0));
                valid = false;
            } else if (seen.containsKey(zone.get())) {
                values.problem(items.get(i).position(), itemPath, Echo.quoted(zone.get()) + " is listed twice (also at "
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
