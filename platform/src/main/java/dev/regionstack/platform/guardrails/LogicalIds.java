package dev.regionstack.platform.guardrails;

import software.amazon.awscdk.Stack;
import software.constructs.IConstruct;

import java.util.ArrayList;
import java.util.List;

/** What a rule-pack finding shows of a resource: the readable part of its logical id, as CDK allocates it. */
public final class LogicalIds {
    private LogicalIds() {}

    /**
     * The logical id of {@code element} without its 8-character hash, e.g. {@code ConfigBucket} for
     * {@code ConfigBucket/Resource/Resource}: CDK's makeUniqueId drops {@code Default} components, then (for the
     * readable part) components that end the previous one and {@code Resource}, and every non-alphanumeric.
     */
    public static String readablePart(IConstruct element) {
        String path = element.getNode().getPath();
        String stackPath = Stack.of(element).getNode().getPath();
        String within = stackPath.isEmpty() ? path : path.substring(stackPath.length() + 1);
        List<String> kept = new ArrayList<>();
        for (String component : within.split("/")) {
            if (component.equals("Default")) continue;
            if (kept.isEmpty() || !kept.get(kept.size() - 1).endsWith(component)) kept.add(component);
        }
        StringBuilder readable = new StringBuilder();
        for (String component : kept) {
            if (!component.equals("Resource")) readable.append(component.replaceAll("[^A-Za-z0-9]", ""));
        }
        return readable.toString();
    }
}
