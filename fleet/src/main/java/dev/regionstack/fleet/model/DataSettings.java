package dev.regionstack.fleet.model;

import java.util.Optional;

/**
 * The {@code data} component's settings.
 *
 * @param aurora      the Aurora global database; empty when the file says {@code aurora: false}. Default: PostgreSQL
 *                    with the sizing preset's values.
 * @param consistency the global table's multi-Region consistency. Default: EVENTUAL.
 */
public record DataSettings(Optional<AuroraSettings> aurora, Consistency consistency) {
    /** What a small environment's primary region gets when the file says nothing. */
    public static final DataSettings DEFAULT =
            new DataSettings(Optional.of(AuroraSettings.preset(AuroraEngine.POSTGRES, Sizing.SMALL, true)), Consistency.EVENTUAL);

    public DataSettings {
        aurora = aurora == null ? Optional.empty() : aurora;
        consistency = consistency == null ? Consistency.EVENTUAL : consistency;
    }

    /** {@code engine}'s preset for {@code sizing} (empty engine: no Aurora). */
    public static DataSettings preset(Optional<AuroraEngine> engine, Consistency consistency, Sizing sizing, boolean primary) {
        return new DataSettings(engine.map(e -> AuroraSettings.preset(e, sizing, primary)), consistency);
    }
}
