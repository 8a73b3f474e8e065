package dev.regionstack.platform.guardrails;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One acknowledged rule finding: the rule, the findings it covers ({@code appliesTo}: e.g. {@code Resource::*} or
 * a managed policy; empty means every finding of the rule on that resource) and why it is acceptable.
 *
 * @param rule      the rule id, e.g. {@code AwsSolutions-IAM5}
 * @param appliesTo the finding details it covers; plain strings or {@code regex:/.../} patterns; empty for all
 * @param reason    at least one full sentence (starts with a capital letter, ends with a period, 20+ characters)
 */
public record Suppression(String rule, List<String> appliesTo, String reason) {
    public static final int MIN_REASON_LENGTH = 20;
    /** Prefix of the NIST 800-53 rev 5 pack's rule ids. */
    public static final String NIST = "NIST.800.53.R5-";
    /** Prefix of an {@code appliesTo} entry that is a regular expression, e.g. {@code regex:/^Resource::.*$/}. */
    public static final String REGEX = "regex:";
    private static final Pattern SENTENCE = Pattern.compile("^[A-Z].*[.]$", Pattern.DOTALL);

    public Suppression {
        if (rule == null || rule.isBlank()) throw new IllegalArgumentException("a suppression needs a rule id");
        appliesTo = List.copyOf(appliesTo);
        if (reason == null || reason.strip().length() < MIN_REASON_LENGTH || !SENTENCE.matcher(reason.strip()).matches()) {
            throw new IllegalArgumentException("suppression of " + rule + ": the reason must be at least one sentence ("
                    + MIN_REASON_LENGTH + "+ characters, starting with a capital letter and ending with a period), got: "
                    + reason);
        }
    }

    public static Suppression of(String rule, String reason) { return new Suppression(rule, List.of(), reason); }

    public static Suppression of(String rule, List<String> appliesTo, String reason) {
        return new Suppression(rule, appliesTo, reason);
    }
}
