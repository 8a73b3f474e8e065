package dev.regionstack.app.resilience;

import java.util.List;

/** {@code plan --resilience} as text: per environment, each store's recovery point and time, then the flags. */
public final class ResilienceText {
    private ResilienceText() {}

    public static String render(List<EnvironmentResilience> environments) {
        StringBuilder out = new StringBuilder();
        for (EnvironmentResilience e : environments) {
            out.append(e.environment()).append(": ").append(String.join(", ", e.regions())).append(" (primary ")
                    .append(e.regions().get(0)).append("), ").append(e.approach()).append(", objective RTO ")
                    .append(e.rtoMinutes()).append(" min\n");
            for (RecoveryObjective o : e.objectives()) {
                out.append("  ").append(o.store()).append(", ").append(o.event()).append('\n')
                        .append("    RPO ").append(o.rpo()).append('\n')
                        .append("    RTO ").append(o.rto()).append('\n')
                        .append("    why ").append(o.why()).append('\n');
            }
            for (String flag : e.flags()) out.append("  cannot meet ").append(e.rtoMinutes()).append(" min: ").append(flag).append('\n');
            if (e.flags().isEmpty()) out.append("  nothing keeps it from ").append(e.rtoMinutes()).append(" min\n");
        }
        return out.toString();
    }
}
