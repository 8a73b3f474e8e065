package dev.regionstack.guard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What deploying one assembly over another would do, stack by stack.
 *
 * @param stacks every compared stack, by name, unchanged ones included
 */
public record GuardReport(List<StackChanges> stacks) {
    public GuardReport {
        stacks = stacks == null ? List.of() : List.copyOf(stacks);
    }

    /** Every resource change, stack after stack. */
    public List<ResourceChange> changes() {
        return stacks.stream().flatMap(s -> s.changes().stream()).toList();
    }

    /** The changes that delete data: stateful resources removed or replaced without a keeping policy. */
    public List<ResourceChange> dataLossChanges() {
        return select(ResourceChange::dataLoss);
    }

    /** The replaced foundation resources (VPC, subnet...). */
    public List<ResourceChange> destructiveChanges() {
        return select(ResourceChange::destructive);
    }

    /** The stateful resources removed or replaced whose data a Retain/Snapshot policy keeps. */
    public List<ResourceChange> retainedChanges() {
        return select(ResourceChange::retained);
    }

    /** The names of the stacks only the old assembly has: deploying the new one leaves them behind. */
    public List<String> removedStacks() {
        return stacks.stream().filter(s -> s.status() == StackStatus.REMOVED).map(StackChanges::stack).toList();
    }

    private List<ResourceChange> select(Predicate<ResourceChange> which) {
        return changes().stream().filter(which).toList();
    }

    /**
     * For people: changed stacks only, one line per resource, {@code +} added, {@code -} removed, {@code ~} replaced
     * or updated with the properties that changed, and a DATA LOSS / DESTRUCTIVE / RETAINED marker; then a summary.
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        for (StackChanges stack : stacks) {
            if (stack.status() == StackStatus.UNCHANGED) continue;
            out.append(stack.stack()).append(switch (stack.status()) {
                case ADDED -> " (new stack)";
                case REMOVED -> " (stack removed)";
                default -> "";
            }).append('\n');
            for (ResourceChange change : stack.changes()) {
                out.append("  ").append(line(change)).append('\n');
            }
        }
        out.append(summary()).append('\n');
        return out.toString();
    }

    private static String line(ResourceChange change) {
        String what = switch (change.kind()) {
            case ADDED -> "+ " + change.logicalId() + " " + change.type();
            case REMOVED -> "- " + change.logicalId() + " " + change.type();
            case REPLACED -> "~ " + change.logicalId() + " " + change.type() + " replaced ("
                    + describe(change.changes().stream().filter(c -> c.replacement().replaces()).toList()) + ")";
            case UPDATED -> "~ " + change.logicalId() + " " + change.type() + " updated ("
                    + describe(change.changes()) + ")";
        };
        return change.impact() == Impact.NONE ? what : what + "  " + change.impact().marker();
    }

    private static String describe(List<PropertyChange> changes) {
        return changes.stream().map(PropertyChange::describe).collect(Collectors.joining(", "));
    }

    private String summary() {
        List<ResourceChange> all = changes();
        if (all.isEmpty()) return "no changes";
        Map<ChangeKind, Long> kinds = all.stream().collect(Collectors.groupingBy(ResourceChange::kind, Collectors.counting()));
        StringBuilder summary = new StringBuilder().append(String.format("%d added, %d removed, %d replaced, %d updated",
                kinds.getOrDefault(ChangeKind.ADDED, 0L), kinds.getOrDefault(ChangeKind.REMOVED, 0L),
                kinds.getOrDefault(ChangeKind.REPLACED, 0L), kinds.getOrDefault(ChangeKind.UPDATED, 0L)));
        summary.append(String.format("; %d DATA LOSS, %d DESTRUCTIVE, %d RETAINED",
                dataLossChanges().size(), destructiveChanges().size(), retainedChanges().size()));
        return summary.toString();
    }

    /**
     * For machines: {@code {"specVersion":..., "stacks":[{"stack","status","changes":[{"logicalId","type","kind",
     * "impact","stateful","replacingProperties":[...],"changes":[{"property","replacement","via"?}]}]}]}}.
     */
    public String toJson() {
        ObjectNode root = Assembly.JSON.createObjectNode();
        root.put("specVersion", ReplacementSpec.builtIn().sourceVersion());
        ArrayNode stackNodes = root.putArray("stacks");
        for (StackChanges stack : stacks) {
            ObjectNode stackNode = stackNodes.addObject().put("stack", stack.stack()).put("status", stack.status().name());
            ArrayNode changeNodes = stackNode.putArray("changes");
            for (ResourceChange change : stack.changes()) {
                ObjectNode node = changeNodes.addObject()
                        .put("logicalId", change.logicalId())
                        .put("type", change.type())
                        .put("kind", change.kind().name())
                        .put("impact", change.impact().name())
                        .put("stateful", change.stateful());
                change.replacingProperties().forEach(node.putArray("replacingProperties")::add);
                ArrayNode properties = node.putArray("changes");
                for (PropertyChange property : change.changes()) {
                    ObjectNode p = properties.addObject().put("property", property.property())
                            .put("replacement", property.replacement().name());
                    if (property.via() != null) p.put("via", property.via());
                }
            }
        }
        try {
            return Assembly.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
