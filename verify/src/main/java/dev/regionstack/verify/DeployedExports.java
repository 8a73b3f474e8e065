package dev.regionstack.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.regionstack.guard.AssemblyDiff;
import dev.regionstack.guard.ChangeKind;
import dev.regionstack.guard.ResourceChange;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a deploy record exists, no export that a deployed stack imports is removed or changed by the new assembly:
 * CloudFormation refuses to update a stack that removes or changes an export in use ("Export ... cannot be updated
 * as it is in use by ..."), and the importer deploys after its producer, so it cannot let go first. A value changes
 * when its expression changes or when the resource it refers to is replaced (judged by the data-loss guard).
 */
final class DeployedExports implements Check {
    @Override
    public String name() { return "exports"; }

    @Override
    public void run(Simulation simulation, Findings f) {
        AssemblyModel now = simulation.assembly();
        for (AssemblyModel deployed : simulation.deployed()) {
            Map<String, Set<String>> importers = importers(deployed);
            Set<String> producers = new HashSet<>();
            for (String key : importers.keySet()) producers.add(deployed.exports().get(key).stack().name());
            producers.removeIf(p -> now.stack(p).isEmpty());
            if (producers.isEmpty()) continue;
            Set<String> replaced = new HashSet<>();
            for (ResourceChange c : AssemblyDiff.compare(deployed.directory(), now.directory(), producers).changes()) {
                if (c.kind() == ChangeKind.REPLACED) replaced.add(c.stack() + "/" + c.logicalId());
            }
            importers.forEach((key, users) -> {
                AssemblyModel.Output old = deployed.exports().get(key);
                Optional<StackModel> producer = now.stack(old.stack().name());
                if (producer.isEmpty()) return;
                String exportName = key.substring(old.stack().scope().length() + 1);
                Optional<AssemblyModel.Output> current = now.export(producer.get().scope(), exportName);
                f.checked();
                String deployedUsers = String.join(", ", users);
                if (current.isEmpty()) {
                    f.problem(producer.get().name(), old.outputId(), "removes the export " + exportName + ", which the deployed "
                                    + deployedUsers + " still import" + (users.size() == 1 ? "s" : ""),
                            "CloudFormation refuses that update: keep the output until no deployed stack imports it, then remove it");
                } else if (!old.value().equals(current.get().value()) || refersToReplaced(old, replaced)) {
                    f.problem(producer.get().name(), current.get().outputId(), "changes the value of the export " + exportName
                                    + ", which the deployed " + deployedUsers + " still import" + (users.size() == 1 ? "s" : ""),
                            "CloudFormation refuses that update: publish the new value under a new name and move the importers to it first");
                }
            });
        }
    }

    /** Export key ({@code account/region/name}) to the deployed stacks that import it. */
    private static Map<String, Set<String>> importers(AssemblyModel deployed) {
        Map<String, Set<String>> users = new LinkedHashMap<>();
        for (StackModel s : deployed.stacks()) {
            Templates.objects(s.template(), (entry, node) -> {
                if (node.size() != 1 || !node.has("Fn::ImportValue") || !node.get("Fn::ImportValue").isTextual()) return;
                String key = s.scope() + "/" + node.get("Fn::ImportValue").asText();
                if (deployed.exports().containsKey(key)) users.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(s.name());
            });
        }
        return users;
    }

    private static boolean refersToReplaced(AssemblyModel.Output old, Set<String> replaced) {
        List<String> found = new java.util.ArrayList<>();
        collectRefs(old.value(), found);
        return found.stream().anyMatch(id -> replaced.contains(old.stack().name() + "/" + id));
    }

    private static void collectRefs(JsonNode node, List<String> into) {
        if (node.isObject()) {
            if (node.has("Ref") && node.get("Ref").isTextual()) into.add(node.get("Ref").asText());
            JsonNode getAtt = node.get("Fn::GetAtt");
            if (getAtt != null) into.add(getAtt.isArray() ? getAtt.path(0).asText() : getAtt.asText().split("\\.")[0]);
            node.forEach(child -> collectRefs(child, into));
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, into));
        }
    }
}
