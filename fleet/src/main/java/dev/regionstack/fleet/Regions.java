package dev.regionstack.fleet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The commercial AWS regions ({@code aws} partition) regionstack can deploy to, with what the fleet needs to know
 * about each without asking AWS: default availability zones, the Route 53 geolocation continent, and the DynamoDB
 * multi-Region strong consistency (MRSC) region sets. GovCloud, China and the European Sovereign Cloud are other
 * partitions and are not listed.
 *
 * <p>Zone letters map to physical zones per account, and a few regions do not offer every letter to new accounts
 * (us-west-1 offers two zones, usually b and c; ap-northeast-1 has no b; ca-central-1 has no c). The defaults here
 * follow what new accounts see; a fleet file can always name its zones.
 */
public final class Regions {
    private record Info(String continent, List<String> zoneLetters) {}

    private static final Map<String, Info> REGIONS = new LinkedHashMap<>();

    static {
        add("us-east-1", "NA", "abc");
        add("us-east-2", "NA", "abc");
        add("us-west-1", "NA", "bc");
        add("us-west-2", "NA", "abc");
        add("ca-central-1", "NA", "abd");
        add("ca-west-1", "NA", "abc");
        add("mx-central-1", "NA", "abc");
        add("sa-east-1", "SA", "abc");
        add("eu-central-1", "EU", "abc");
        add("eu-central-2", "EU", "abc");
        add("eu-west-1", "EU", "abc");
        add("eu-west-2", "EU", "abc");
        add("eu-west-3", "EU", "abc");
        add("eu-south-1", "EU", "abc");
        add("eu-south-2", "EU", "abc");
        add("eu-north-1", "EU", "abc");
        add("af-south-1", "AF", "abc");
        add("me-south-1", "AS", "abc");
        add("me-central-1", "AS", "abc");
        add("il-central-1", "AS", "abc");
        add("ap-east-1", "AS", "abc");
        add("ap-east-2", "AS", "abc");
        add("ap-south-1", "AS", "abc");
        add("ap-south-2", "AS", "abc");
        add("ap-northeast-1", "AS", "acd");
        add("ap-northeast-2", "AS", "abc");
        add("ap-northeast-3", "AS", "abc");
        add("ap-southeast-1", "AS", "abc");
        add("ap-southeast-3", "AS", "abc");
        add("ap-southeast-5", "AS", "abc");
        add("ap-southeast-7", "AS", "abc");
        add("ap-southeast-2", "OC", "abc");
        add("ap-southeast-4", "OC", "abc");
        add("ap-southeast-6", "OC", "abc");
    }

    /**
     * The region sets in which DynamoDB global tables support multi-Region strong consistency: the three
     * replicas (or two replicas and a witness) must all belong to one set.
     */
    private static final Map<String, Set<String>> STRONG_CONSISTENCY_SETS = mrscSets();

    private Regions() {}

    private static void add(String code, String continent, String letters) {
        REGIONS.put(code, new Info(continent, letters.chars().mapToObj(c -> code + (char) c).toList()));
    }

    private static Map<String, Set<String>> mrscSets() {
        Map<String, Set<String>> sets = new LinkedHashMap<>();
        sets.put("US", Set.of("us-east-1", "us-east-2", "us-west-2"));
        sets.put("EU", Set.of("eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1"));
        sets.put("AP", Set.of("ap-northeast-1", "ap-northeast-2", "ap-northeast-3"));
        return java.util.Collections.unmodifiableMap(sets);
    }

    /** Every commercial region code, grouped roughly by geography. */
    public static List<String> all() { return List.copyOf(REGIONS.keySet()); }

    public static boolean isCommercial(String region) { return REGIONS.containsKey(region); }

    /** The default availability zones: the first three a new account can use (two in us-west-1). */
    public static List<String> zones(String region) { return info(region).zoneLetters(); }

    /** The Route 53 geolocation continent code: NA, SA, EU, AF, AS or OC. */
    public static String continent(String region) { return info(region).continent(); }

    /** The MRSC region sets by name (US, EU, AP), each an unordered set of region codes. */
    public static Map<String, Set<String>> strongConsistencySets() { return STRONG_CONSISTENCY_SETS; }

    /** The name of the MRSC set holding every one of {@code regions}, if one does. */
    public static Optional<String> strongConsistencySet(List<String> regions) {
        return STRONG_CONSISTENCY_SETS.entrySet().stream()
                .filter(e -> e.getValue().containsAll(regions))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static Info info(String region) {
        Info info = REGIONS.get(region);
        if (info == null) throw new IllegalArgumentException("not a commercial AWS region: " + region);
        return info;
    }
}
