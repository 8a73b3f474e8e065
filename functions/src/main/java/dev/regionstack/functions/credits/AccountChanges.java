package dev.regionstack.functions.credits;

import java.util.List;
import java.util.Map;

/** Optional account changes made together with a grant; null fields are left alone. */
public record AccountChanges(String tier, String contactEmail, Map<String, Long> userLimits, List<String> removeUserLimits) {
    public AccountChanges {
        userLimits = userLimits == null ? Map.of() : Map.copyOf(userLimits);
        removeUserLimits = removeUserLimits == null ? List.of() : List.copyOf(removeUserLimits);
    }

    public static AccountChanges none() {
        return new AccountChanges(null, null, Map.of(), List.of());
    }
}
