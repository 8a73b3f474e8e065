package dev.regionstack.fleet;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule for a region's {@code cidr}: an IPv4 block written as {@code address/prefix}, with a prefix from /16 to /20,
 * inside a private range (RFC 1918), written as its network address. A message that proposes a value proposes only
 * one this same rule accepts.
 */
final class CidrRule {
    static final int MIN_PREFIX = 16;
    static final int MAX_PREFIX = 20;
    private static final Pattern CIDR = Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}/[0-9]{1,2}");
    private static final List<IPAddress> PRIVATE = List.of(
            new IPAddressString("10.0.0.0/8").getAddress(),
            new IPAddressString("172.16.0.0/12").getAddress(),
            new IPAddressString("192.168.0.0/16").getAddress());

    private CidrRule() {}

    /** What is wrong with {@code cidr}, with the fix; empty when it is a valid VPC range. */
    static Optional<String> problem(String cidr) {
        IPAddress address = CIDR.matcher(cidr).matches() ? new IPAddressString(cidr).getAddress() : null;
        if (address == null || !address.isIPv4() || address.getNetworkPrefixLength() == null) {
            return Optional.of(Echo.quoted(cidr) + " is not an IPv4 CIDR block; write it as address/prefix, e.g. 10.0.0.0/16");
        }
        int prefix = address.getNetworkPrefixLength();
        if (prefix < MIN_PREFIX || prefix > MAX_PREFIX) {
            int nearest = Math.max(MIN_PREFIX, Math.min(MAX_PREFIX, prefix));
            return Optional.of(Echo.quoted(cidr) + ": the prefix must be /" + MIN_PREFIX + " (65,536 addresses) to /" + MAX_PREFIX
                    + " (4,096 addresses) for a VPC over 3 zones with 3 subnet tiers; got /" + prefix
                    + suggestion(network(address, nearest)));
        }
        IPAddress network = address.toPrefixBlock();
        if (PRIVATE.stream().noneMatch(p -> p.contains(network))) {
            return Optional.of(Echo.quoted(cidr) + " is not a private range; use one inside 10.0.0.0/8, "
                    + "172.16.0.0/12 or 192.168.0.0/16 (RFC 1918)");
        }
        if (!address.getLower().isZeroHost()) {
            String written = network.toCanonicalString();
            return Optional.of(Echo.quoted(cidr) + " has host bits set; "
                    + (problem(written).isEmpty() ? "the network is " + written + ": write that" : "write the network address"));
        }
        return Optional.empty();
    }

    /** A valid {@code cidr} ({@link #problem} is empty) in canonical form: its network address and prefix. */
    static String network(String cidr) {
        return new IPAddressString(cidr).getAddress().toPrefixBlock().toCanonicalString();
    }

    /** {@code address}'s network with {@code prefix} bits, as written in the file. */
    private static String network(IPAddress address, int prefix) {
        return address.getLower().withoutPrefixLength().toPrefixBlock(prefix).toCanonicalString();
    }

    /** {@code ; did you mean X?} when {@code candidate} passes the rule itself, else nothing. */
    private static String suggestion(String candidate) {
        return problem(candidate).isEmpty() ? "; did you mean " + candidate + "?" : "";
    }
}
