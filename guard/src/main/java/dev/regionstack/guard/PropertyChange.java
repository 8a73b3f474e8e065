package dev.regionstack.guard;

import java.util.Objects;

/**
 * One changed part of a resource.
 *
 * @param property    the top-level property name ({@code BucketName}), a dotted path for the specification's nested
 *                    replacement paths ({@code CreationInfo.OwnerUid}), or a resource attribute ({@code Type},
 *                    {@code DeletionPolicy}, {@code UpdateReplacePolicy}, {@code DependsOn}, {@code Condition}...)
 * @param replacement whether the change forces replacement, and why
 * @param via         for {@link Replacement#DEPENDENCY} only: the logical id of the replaced resource it references;
 *                    null otherwise
 */
public record PropertyChange(String property, Replacement replacement, String via) {
    public PropertyChange {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(replacement, "replacement");
        if ((replacement == Replacement.DEPENDENCY) != (via != null)) {
            throw new IllegalArgumentException("via is required for, and only for, a DEPENDENCY replacement: " + property);
        }
    }

    static PropertyChange of(String property, Replacement replacement) {
        return new PropertyChange(property, replacement, null);
    }

    /** How the report shows it: {@code BucketName}, {@code Engine (may)}, {@code VpcId -> Vpc8378EB38}. */
    public String describe() {
        return switch (replacement) {
            case NONE, ALWAYS -> property;
            case CONDITIONAL -> property + " (may)";
            case GUARD_RULE -> property + " (guard rule)";
            case DEPENDENCY -> property + " -> " + via;
        };
    }
}
