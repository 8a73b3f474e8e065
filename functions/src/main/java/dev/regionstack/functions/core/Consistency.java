package dev.regionstack.functions.core;

/** The environment's global table mode, from the CONSISTENCY variable. */
public enum Consistency {
    /** Multi-Region strong consistency: a conditional write is checked against every region; debit anywhere. */
    STRONG,
    /** Multi-Region eventual consistency (last writer wins across regions): write an org only in its home region. */
    EVENTUAL;

    /** Parses STRONG or EVENTUAL (any case); anything else is a deployment mistake worth failing the init for. */
    public static Consistency parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("CONSISTENCY is not set: expected STRONG or EVENTUAL");
        }
        try {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("CONSISTENCY is '" + value + "': expected STRONG or EVENTUAL", e);
        }
    }
}
