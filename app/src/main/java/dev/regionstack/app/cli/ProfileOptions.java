package dev.regionstack.app.cli;

import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --profile ACCOUNT=PROFILE}: the AWS profile to use per account (else REGIONSTACK_PROFILE_<account>, else the default chain). */
final class ProfileOptions {
    @Option(names = "--profile", paramLabel = "ACCOUNT=PROFILE", description = "AWS profile for an account (repeatable).")
    Map<String, String> profiles = new LinkedHashMap<>();
}
