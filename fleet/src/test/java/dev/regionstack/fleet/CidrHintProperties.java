package dev.regionstack.fleet;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A cidr message that proposes a value proposes one that the same rule accepts. */
class CidrHintProperties {
    private static final Pattern PROPOSAL = Pattern.compile("(?:did you mean |the network is )([0-9./]+)");

    @Test
    void aPrefixTooShortInsideTheRangeProposesTheSameAddressAsASixteen() {
        assertThat(CidrRule.problem("172.16.0.0/8")).contains("`172.16.0.0/8`: the prefix must be /16 (65,536 addresses) "
                + "to /20 (4,096 addresses) for a VPC over 3 zones with 3 subnet tiers; got /8; did you mean 172.16.0.0/16?");
    }

    @Test
    void noProposalWhenNothingNearIsPrivate() {
        assertThat(CidrRule.problem("8.8.8.8/8")).hasValueSatisfying(m -> assertThat(m).doesNotContain("did you mean"));
    }

    @Property(tries = 3000)
    void everyProposalIsValid(@ForAll @IntRange(min = 0, max = 255) int a, @ForAll @IntRange(min = 0, max = 255) int b,
                              @ForAll @IntRange(min = 0, max = 255) int c, @ForAll @IntRange(min = 0, max = 255) int d,
                              @ForAll @IntRange(min = 0, max = 32) int prefix) {
        // bias towards the private ranges, where proposals are made
        int first = switch (a % 4) { case 0 -> 10; case 1 -> 172; case 2 -> 192; default -> a; };
        int second = first == 172 ? 16 + b % 20 : first == 192 && a % 8 == 2 ? 168 : b;
        Optional<String> problem = CidrRule.problem(first + "." + second + "." + c + "." + d + "/" + prefix);

        problem.ifPresent(message -> {
            Matcher proposal = PROPOSAL.matcher(message);
            if (proposal.find()) assertThat(CidrRule.problem(proposal.group(1))).as(message).isEmpty();
        });
    }
}
