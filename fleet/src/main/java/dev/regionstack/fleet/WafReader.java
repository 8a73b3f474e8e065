package dev.regionstack.fleet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code waf}: blockedCountries (ISO 3166-1 alpha-2, upper case, no duplicates) and rateLimitPer5Min. */
final class WafReader {
    /** AWS WAF rate-based rule limit: requests per client IP per 5-minute window. */
    static final long MIN_RATE = 10;
    static final long MAX_RATE = 2_000_000_000L;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private WafReader() {}

    static SettingsLayer.WafLayer read(Node node, Position owner, String path, Values values) {
        Optional<Node.MapNode> map = values.map(node, path, "blockedCountries: [KP], rateLimitPer5Min: 2000");
        if (map.isEmpty()) return SettingsLayer.WafLayer.EMPTY;
        MapFields fields = MapFields.check(map.get(), owner, path, List.of("blockedCountries", "rateLimitPer5Min"), Map.of(), values);
        Optional<List<String>> blocked = fields.value("blockedCountries")
                .flatMap(n -> countries(n, fields.path("blockedCountries"), values));
        Optional<Integer> rate = fields.value("rateLimitPer5Min").flatMap(n -> values.integer(n, fields.path("rateLimitPer5Min"),
                MIN_RATE, MAX_RATE, "the AWS WAF rate-based rule limit per client IP in 5 minutes"));
        return new SettingsLayer.WafLayer(blocked, rate);
    }

    private static Optional<List<String>> countries(Node node, String path, Values values) {
        Optional<Node.ListNode> list = values.list(node, path, "[KP, RU]");
        if (list.isEmpty()) return Optional.empty();
        List<String> codes = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean valid = true;
        for (int i = 0; i < list.get().items().size(); i++) {
            Node item = list.get().items().get(i);
            String itemPath = KeyPath.item(path, i);
            Optional<String> code = values.string(item, itemPath, COUNTRIES::contains);
            if (code.isEmpty()) {
                valid = false;
                continue;
            }
            String c = code.get();
            String upper = c.toUpperCase(Locale.ROOT);
            if (!c.equals(upper) && COUNTRIES.contains(upper)) {
                values.problem(item.position(), itemPath, Echo.quoted(c) + " must be upper case: `" + upper + "`");
                valid = false;
            } else if (!COUNTRIES.contains(c)) {
                values.problem(item.position(), itemPath, Echo.quoted(c) + " is not an ISO 3166-1 alpha-2 country code "
                        + "(two upper-case letters, e.g. KP for North Korea)");
                valid = false;
            } else if (seen.containsKey(c)) {
                values.problem(item.position(), itemPath, Echo.quoted(c) + " is listed twice (also at "
                        + KeyPath.item(path, seen.get(c)) + "); remove one");
                valid = false;
            } else {
                seen.put(c, i);
                codes.add(c);
            }
        }
        return valid ? Optional.of(List.copyOf(codes)) : Optional.empty();
    }
}
