package dev.regionstack.fleet.model;

import java.util.Optional;

/**
 * The {@code data} component's settings.
 *
 * @param aurora      the Aurora global database engine; empty when the file says {@code aurora: false}. Default: POSTGRES.
 * @param consistency the global table's multi-Region consistency. Default: EVENTUAL.
 */
public record DataSettings(Optional<AuroraEngine> aurora, Consistency consistency) {
    public static final DataSettings DEFAULT = new DataSettings(Optional.of(AuroraEngine.POSTGRES), Consistency.EVENTUAL);

    public DataSettings {
        aurora = aurora == null ? Optional.empty() : aurora;
        consistency = consistency == null ? Consistency.EVENTUAL : consistency;
    }
}
