package dev.regionstack.guard;

import java.util.List;
import java.util.Objects;

/**
 * One resource that a deployment would add, remove, replace or update.
 *
 * @param stack      the CloudFormation stack name
 * @param logicalId  the resource's logical id in the template
 * @param type       the CloudFormation type (the new one when the type itself changed)
 * @param kind       what CloudFormation would do
 * @param changes    what changed; empty for ADDED and REMOVED
 * @param stateful   whether the resource holds data (judged on the old type, the one whose data is at stake)
 * @param impact     what the change means for data, after DeletionPolicy / UpdateReplacePolicy
 */
public record ResourceChange(
        String stack, String logicalId, String type, ChangeKind kind, List<PropertyChange> changes, boolean stateful,
        Impact impact) {

    public ResourceChange {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(impact, "impact");
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** {@code stack/logicalId}: the form {@code --allow-data-loss} takes. */
    public String id() {
        return stack + "/" + logicalId;
    }

    /** Names of the changed properties that force the replacement (empty unless REPLACED). */
    public List<String> replacingProperties() {
        return changes.stream().filter(c -> c.replacement().replaces()).map(PropertyChange::property).toList();
    }

    /** A stateful resource whose data would be deleted. */
    public boolean dataLoss() {
        return impact == Impact.DATA_LOSS;
    }

    /** A stateful resource removed or replaced whose data the deletion/replace policy keeps. */
    public boolean retained() {
        return impact == Impact.RETAINED;
    }

    /** A replaced foundation resource (VPC, subnet...). */
    public boolean destructive() {
        return impact == Impact.DESTRUCTIVE;
    }

    /** Changes that a retained environment refuses unless named by {@code --allow-data-loss}. */
    public boolean dangerous() {
        return impact == Impact.DATA_LOSS || impact == Impact.DESTRUCTIVE;
    }
}
