package dev.regionstack.app.guardrails;

import dev.regionstack.platform.guardrails.Suppression;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Control Tower proactive-control failures the fleet accepts, read from
 * {@code guardrails/accepted-control-tower-findings.txt} (one {@code rule | resource | reason} a line; the
 * resource is a CloudFormation type, optionally {@code :<logical-id glob>}).
 */
public final class AcceptedFindings {
    public static final String RESOURCE = "/guardrails/accepted-control-tower-findings.txt";

    /**
     * One accepted finding kind.
     *
     * @param rule          the guard rule name
     * @param resourceType  the CloudFormation type it covers
     * @param logicalIdGlob a glob over logical ids ({@code *} for all)
     * @param reason        why it is acceptable, at least one sentence
     */
    public record Accepted(String rule, String resourceType, String logicalIdGlob, String reason) {
        public Accepted {
            new Suppression(rule, List.of(), reason); // the same rule for reasons as suppressions
        }

        public boolean covers(String failedRule, String type, String logicalId) {
            return rule.equals(failedRule) && resourceType.equals(type) && glob(logicalIdGlob).matcher(logicalId).matches();
        }

        /** {@code AWS::Type} or {@code AWS::Type:glob}, as written in the file. */
        public String resource() { return logicalIdGlob.equals("*") ? resourceType : resourceType + ":" + logicalIdGlob; }
    }

    private AcceptedFindings() {}

    /** The fleet's accepted findings. */
    public static List<Accepted> load() {
        try (InputStream in = AcceptedFindings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Accepted> parse(String text) {
        List<Accepted> accepted = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("\\s*\\|\\s*", 3);
            if (parts.length != 3) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected 'rule | resource | reason', got: " + line);
            }
            String resource = parts[1];
            int colon = resource.indexOf(':', resource.lastIndexOf("::") + 2);
            String type = colon < 0 ? resource : resource.substring(0, colon);
            String glob = colon < 0 ? "*" : resource.substring(colon + 1);
            try {
                accepted.add(new Accepted(parts[0], type, glob, parts[2]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(accepted);
    }

    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (String part : glob.split("\\*", -1)) {
            if (!regex.isEmpty()) regex.append(".*");
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
