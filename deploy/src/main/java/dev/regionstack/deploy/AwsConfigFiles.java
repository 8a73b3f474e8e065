package dev.regionstack.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The profiles of the AWS shared config file ({@code [default]}, {@code [profile NAME]}) and credentials file
 * ({@code [NAME]}), with their top-level settings, read locally as the AWS CLI reads them: {@code key = value} lines,
 * {@code #} and {@code ;} comments, indented sub-settings skipped, other sections ({@code [sso-session ...]},
 * {@code [services ...]}) ignored. A profile in both files has the settings of both. Read by hand rather than with the
 * AWS SDK's profile parser, which would bring the SDK's core and logging into this JDK-only module.
 */
final class AwsConfigFiles {
    private AwsConfigFiles() {}

    /** Profile name to its settings (keys lower case), in file order: config first, then credentials. */
    static Map<String, Map<String, String>> profiles(Path config, Path credentials) {
        Map<String, Map<String, String>> profiles = new LinkedHashMap<>();
        read(config, true, profiles);
        read(credentials, false, profiles);
        return profiles;
    }

    private static void read(Path file, boolean isConfig, Map<String, Map<String, String>> profiles) {
        if (!Files.isRegularFile(file)) return;
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new RolloutException("cannot read " + file + ": " + e.getMessage());
        }
        Map<String, String> current = null;
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith(";")) continue;
            if (t.startsWith("[") && t.endsWith("]")) {
                String name = profileName(t.substring(1, t.length() - 1).strip().replaceAll("\\s+", " "), isConfig);
                current = name == null ? null : profiles.computeIfAbsent(name, n -> new LinkedHashMap<>());
                continue;
            }
            int equals = t.indexOf('=');
            if (current == null || equals < 1 || Character.isWhitespace(line.charAt(0))) continue;
            current.put(t.substring(0, equals).strip().toLowerCase(java.util.Locale.ROOT), t.substring(equals + 1).strip());
        }
    }

    /** The profile a section header names, or null for a section that is not a profile. */
    private static String profileName(String section, boolean isConfig) {
        if (!isConfig) return section;
        if (section.equals("default")) return section;
        if (section.startsWith("profile ")) return section.substring("profile ".length()).strip();
        return null;
    }
}
