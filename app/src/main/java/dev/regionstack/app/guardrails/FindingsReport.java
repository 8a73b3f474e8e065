package dev.regionstack.app.guardrails;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a synth's error annotations as a readable report grouped by rule: the rule id, what it found, how to
 * fix it (the rule's own explanation, first two sentences), and every stack and resource path it was found on.
 * Annotations read {@code /<stack>/<path>: <rule>[<detail>]: <text>} (cdk-nag) or {@code /<stack>/<path>: <text>}.
 */
public final class FindingsReport {
    private static final Pattern ANNOTATION = Pattern.compile("^/?([^/:]+)/?([^:]*): (.*)$", Pattern.DOTALL);
    private static final Pattern RULE = Pattern.compile("^([A-Za-z0-9][A-Za-z0-9.]*-[A-Za-z0-9]+|CdkNagValidationFailure)(\\[[^\\]]*\\])?: (.*)$", Pattern.DOTALL);
    private static final Pattern CONTROL_IDS = Pattern.compile("\\s*-\\s*\\(Control IDs:(?:[^()]|\\([^()]*\\))*\\)");
    /** A sentence ends at . ! or ? followed by a capital letter, except after "i.e." and "e.g.". */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b(?:i\\.e|e\\.g))(?<=[.!?])\\s+(?=[A-Z])");
    static final String OTHER = "(other errors)";

    private FindingsReport() {}

    /** One finding: the rule (or {@link #OTHER}), its detail (e.g. the wildcard found), where, and the rule's text. */
    public record Finding(String rule, String detail, String stack, String path, String text) {}

    /** Parses one annotation line as {@code SynthResult.errors()} holds it. */
    public static Finding parse(String annotation) {
        Matcher a = ANNOTATION.matcher(annotation.strip());
        if (!a.matches()) return new Finding(OTHER, "", "?", "?", annotation.strip());
        String stack = a.group(1);
        String path = a.group(2);
        Matcher r = RULE.matcher(a.group(3));
        if (!r.matches()) return new Finding(OTHER, "", stack, path, a.group(3).strip());
        String detail = r.group(2) == null ? "" : r.group(2).substring(1, r.group(2).length() - 1);
        return new Finding(r.group(1), detail, stack, path, r.group(3).strip());
    }

    /** The whole report; empty when there are no errors. */
    public static String render(List<String> errors) {
        if (errors.isEmpty()) return "";
        Map<String, List<Finding>> byRule = new TreeMap<>();
        for (String e : errors) {
            Finding f = parse(e);
            byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format("%d unsuppressed finding%s of %d rule%s:%n", errors.size(), errors.size() == 1 ? "" : "s",
                byRule.size(), byRule.size() == 1 ? "" : "s"));
        byRule.forEach((rule, findings) -> {
            Finding first = findings.get(0);
            String[] text = summary(first.text());
            out.append(String.format("%n%s  (%d)%n", rule, findings.size()));
            if (!rule.equals(OTHER)) {
                out.append("  found:  ").append(text[0]).append('\n');
                if (!text[1].isEmpty()) out.append("  why:    ").append(text[1]).append('\n');
            }
            Map<String, List<Finding>> byStack = new LinkedHashMap<>();
            findings.forEach(f -> byStack.computeIfAbsent(f.stack(), k -> new ArrayList<>()).add(f));
            byStack.forEach((stack, inStack) -> {
                out.append("  ").append(stack).append('\n');
                for (Finding f : inStack) {
                    out.append("    ").append(f.path().isEmpty() ? "(stack)" : f.path());
                    if (!f.detail().isEmpty()) out.append("  [").append(f.detail()).append(']');
                    if (rule.equals(OTHER)) out.append(": ").append(firstLine(f.text()));
                    out.append('\n');
                }
            });
        });
        out.append(String.format("%nFix the construct, or suppress one resource with a reason in the suppressions() of"
                + " the construct that creates it (see docs/guardrails.md).%n"));
        return out.toString();
    }

    /** {what the rule found, how to fix it}: the first sentence, then the next two (control ids dropped). */
    static String[] summary(String text) {
        String flat = CONTROL_IDS.matcher(text.replaceAll("\\s+", " ").strip()).replaceAll(".").replace("..", ".");
        List<String> sentences = new ArrayList<>();
        for (String s : SENTENCE_END.split(flat)) {
            if (!s.isBlank()) sentences.add(s.strip());
        }
        if (sentences.isEmpty()) return new String[] {flat, ""};
        String found = sentences.get(0);
        String fix = String.join(" ", sentences.subList(1, Math.min(3, sentences.size())));
        return new String[] {found, fix};
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
