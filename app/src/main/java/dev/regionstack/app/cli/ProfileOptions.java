package dev.regionstack.app.cli;

import dev.regionstack.deploy.AwsProfiles;
import dev.regionstack.deploy.RolloutException;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code --profile ACCOUNT=PROFILE}: the AWS profile to use per account (else REGIONSTACK_PROFILE_<account>, else the default chain). */
final class ProfileOptions {
    @Option(names = "--profile", paramLabel = "ACCOUNT=PROFILE", description = "AWS profile for an account (repeatable).")
    Map<String, String> profiles = new LinkedHashMap<>();

    /**
     * The profiles, checked before anything is synthesized, from local files only: every {@code --profile} names a
     * non-empty profile for an account of the selection, and every profile an account would use ({@code --profile},
     * {@code REGIONSTACK_PROFILE_<account>}, {@code AWS_PROFILE}) is in the AWS config or credentials file.
     *
     * @param accounts    the selection's accounts, each with the environment it belongs to
     * @param environment the environment variables to read
     * @throws InvalidInputException one {@code error:} line per problem (exit status 2)
     */
    AwsProfiles checked(Map<String, String> accounts, Map<String, String> environment) {
        List<String> problems = new ArrayList<>();
        profiles.forEach((account, profile) -> {
            String written = "--profile " + account + "=" + (profile == null ? "" : profile);
            if (profile == null || profile.isBlank()) {
                problems.add("error: " + written + ": the profile name is empty; write --profile " + account + "=NAME");
            } else if (!accounts.containsKey(account)) {
                problems.add("error: " + written + ": account " + account + " is not in the selection, whose accounts are "
                        + accounts.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                        .collect(Collectors.joining(", ")));
            }
        });
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        AwsProfiles aws = new AwsProfiles(profiles, environment);
        try {
            aws.requireDefined(accounts.keySet());
        } catch (RolloutException e) {
            throw new InvalidInputException(e.getMessage().lines().map(l -> "error: " + l).toList());
        }
        return aws;
    }
}
