package dev.regionstack.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compares the Resources of two templates of one stack, as CloudFormation would apply the new one over the old. */
final class TemplateDiff {
    /** CDK's analytics resource: never data, changes with every CDK release. */
    private static final Set<String> IGNORED_TYPES = Set.of("AWS::CDK::Metadata");
    /** Resource attributes compared besides Properties. Metadata (aws:cdk:path, aws:asset:*) is noise and ignored. */
    private static final List<String> ATTRIBUTES =
            List.of("DeletionPolicy", "UpdateReplacePolicy", "DependsOn", "Condition", "UpdatePolicy", "CreationPolicy");
    /** {@code ${LogicalId}} or {@code ${LogicalId.Attribute}} in Fn::Sub; not {@code ${!Literal}} nor {@code ${AWS::Region}}. */
    private static final Pattern SUB_REFERENCE = Pattern.compile("\\$\\{([A-Za-z0-9]+)(?:\\.[^}]*)?}");
    private static final Comparator<ResourceChange> ORDER = Comparator
            .comparingInt((ResourceChange c) -> List.of(ChangeKind.REMOVED, ChangeKind.REPLACED, ChangeKind.UPDATED,
                    ChangeKind.ADDED).indexOf(c.kind()))
            .thenComparing(ResourceChange::logicalId);

    private final ReplacementSpec spec;

    TemplateDiff(ReplacementSpec spec) {
        this.spec = spec;
    }

    StackChanges stackAdded(String stack, JsonNode template) {
        return compare(stack, MissingNode.getInstance(), template, StackStatus.ADDED);
    }

    StackChanges stackRemoved(String stack, JsonNode template) {
        return compare(stack, template, MissingNode.getInstance(), StackStatus.REMOVED);
    }

    StackChanges compare(String stack, JsonNode oldTemplate, JsonNode newTemplate) {
        return compare(stack, oldTemplate, newTemplate, null);
    }

    /** A resource being compared: its verdict so far, before the policies are applied. */
    private static final class Draft {
        final String logicalId;
        final JsonNode before;
        final JsonNode after;
        final List<PropertyChange> changes = new ArrayList<>();
        ChangeKind kind;

        Draft(String logicalId, JsonNode before, JsonNode after) {
            this.logicalId = logicalId;
            this.before = before;
            this.after = after;
        }
    }

    private StackChanges compare(String stack, JsonNode oldTemplate, JsonNode newTemplate, StackStatus fixedStatus) {
        Map<String, JsonNode> before = resources(oldTemplate);
        Map<String, JsonNode> after = resources(newTemplate);
        Map<String, Draft> drafts = new TreeMap<>();
        Set<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        for (String id : ids) {
            Draft draft = new Draft(id, before.get(id), after.get(id));
            if (draft.before == null) {
                draft.kind = ChangeKind.ADDED;
            } else if (draft.after == null) {
                draft.kind = ChangeKind.REMOVED;
            } else {
                draft.changes.addAll(changes(draft.before, draft.after));
                if (draft.changes.stream().anyMatch(c -> c.replacement().replaces())) draft.kind = ChangeKind.REPLACED;
                else if (!draft.changes.isEmpty()) draft.kind = ChangeKind.UPDATED;
            }
            drafts.put(id, draft);
        }
        cascadeReplacements(drafts);

        List<ResourceChange> changes = new ArrayList<>();
        for (Draft draft : drafts.values()) {
            if (draft.kind != null) changes.add(verdict(stack, draft));
        }
        changes.sort(ORDER);
        StackStatus status = fixedStatus != null ? fixedStatus
                : changes.isEmpty() ? StackStatus.UNCHANGED : StackStatus.CHANGED;
        return new StackChanges(stack, status, changes);
    }

    /** Changed properties and attributes of a resource that both templates have. */
    private List<PropertyChange> changes(JsonNode before, JsonNode after) {
        List<PropertyChange> changes = new ArrayList<>();
        String type = type(after);
        if (!type.equals(type(before))) changes.add(PropertyChange.of("Type", Replacement.ALWAYS));
        JsonNode oldProperties = before.path("Properties");
        JsonNode newProperties = after.path("Properties");
        Set<String> names = new TreeSet<>();
        oldProperties.fieldNames().forEachRemaining(names::add);
        newProperties.fieldNames().forEachRemaining(names::add);
        Set<String> replacingTopLevel = new HashSet<>();
        for (String name : names) {
            if (!JsonValues.same(oldProperties.path(name), newProperties.path(name))) {
                Replacement replacement = spec.replacementOf(type, name);
                changes.add(PropertyChange.of(name, replacement));
                if (replacement.replaces()) replacingTopLevel.add(name);
            }
        }
        for (List<String> path : spec.replacingPaths(type)) {
            if (replacingTopLevel.contains(path.get(0))) continue;
            if (!JsonValues.same(JsonValues.at(oldProperties, path), JsonValues.at(newProperties, path))) {
                changes.add(PropertyChange.of(String.join(".", path), Replacement.ALWAYS));
            }
        }
        for (String attribute : ATTRIBUTES) {
            if (!JsonValues.same(before.path(attribute), after.path(attribute))) {
                changes.add(PropertyChange.of(attribute, Replacement.NONE));
            }
        }
        return changes;
    }

    /**
     * A replaced resource gets a new physical id (and new attributes), so a kept resource that references it from a
     * replacing property is replaced too, transitively: a new VPC means new subnets and security groups.
     */
    private void cascadeReplacements(Map<String, Draft> drafts) {
        Set<String> replaced = new HashSet<>();
        drafts.values().stream().filter(d -> d.kind == ChangeKind.REPLACED).forEach(d -> replaced.add(d.logicalId));
        boolean grew = !replaced.isEmpty();
        while (grew) {
            grew = false;
            for (Draft draft : drafts.values()) {
                if (draft.before == null || draft.after == null || draft.kind == ChangeKind.REPLACED) continue;
                String type = type(draft.after);
                for (Map.Entry<String, JsonNode> property : draft.after.path("Properties").properties()) {
                    if (!spec.replacementOf(type, property.getKey()).replaces()) continue;
                    references(property.getValue()).stream().filter(replaced::contains).findFirst().ifPresent(via -> {
                        draft.changes.removeIf(c -> c.property().equals(property.getKey()));
                        draft.changes.add(new PropertyChange(property.getKey(), Replacement.DEPENDENCY, via));
                        draft.kind = ChangeKind.REPLACED;
                    });
                }
                if (draft.kind == ChangeKind.REPLACED) {
                    replaced.add(draft.logicalId);
                    grew = true;
                }
            }
        }
    }

    private ResourceChange verdict(String stack, Draft draft) {
        JsonNode subject = draft.before != null ? draft.before : draft.after;
        String type = type(draft.after != null ? draft.after : draft.before);
        boolean stateful = spec.isStateful(type(subject));
        Impact impact = switch (draft.kind) {
            case ADDED, UPDATED -> Impact.NONE;
            case REMOVED -> !stateful ? Impact.NONE
                    : keeps(draft.before.path("DeletionPolicy")) ? Impact.RETAINED : Impact.DATA_LOSS;
            // A replaced stateful resource is always data loss: even when UpdateReplacePolicy keeps the old one as
            // an orphan, the stack (and so the application) moves to a new, empty resource.
            case REPLACED -> stateful ? Impact.DATA_LOSS
                    : GuardRules.FOUNDATION_TYPES.contains(type) ? Impact.DESTRUCTIVE : Impact.NONE;
        };
        return new ResourceChange(stack, draft.logicalId, type, draft.kind, draft.changes, stateful, impact);
    }

    /** Only explicit policies count: CloudFormation's implicit Snapshot default for RDS is not relied upon. */
    private static boolean keeps(JsonNode policy) {
        return GuardRules.KEEPING_POLICIES.contains(policy.asText(""));
    }

    private static Map<String, JsonNode> resources(JsonNode template) {
        Map<String, JsonNode> resources = new TreeMap<>();
        template.path("Resources").properties().forEach(e -> {
            if (!IGNORED_TYPES.contains(type(e.getValue()))) resources.put(e.getKey(), e.getValue());
        });
        return resources;
    }

    private static String type(JsonNode resource) {
        return resource.path("Type").asText("");
    }

    /** Logical ids a value refers to through Ref, Fn::GetAtt and Fn::Sub, at any depth. */
    static Set<String> references(JsonNode value) {
        Set<String> ids = new TreeSet<>();
        collectReferences(value, ids);
        return ids;
    }

    private static void collectReferences(JsonNode value, Set<String> ids) {
        if (value.isObject() && value.size() == 1) {
            JsonNode ref = value.get("Ref");
            if (ref != null && ref.isTextual() && !ref.asText().startsWith("AWS::")) ids.add(ref.asText());
            JsonNode getAtt = value.get("Fn::GetAtt");
            if (getAtt != null) {
                if (getAtt.isArray() && getAtt.size() > 0) ids.add(getAtt.get(0).asText());
                else if (getAtt.isTextual()) ids.add(getAtt.asText().split("\\.", 2)[0]);
            }
            JsonNode sub = value.get("Fn::Sub");
            if (sub != null) {
                JsonNode text = sub.isArray() && sub.size() > 0 ? sub.get(0) : sub;
                if (text.isTextual()) {
                    Matcher m = SUB_REFERENCE.matcher(text.asText());
                    while (m.find()) ids.add(m.group(1));
                }
            }
        }
        value.elements().forEachRemaining(child -> collectReferences(child, ids));
    }
}
