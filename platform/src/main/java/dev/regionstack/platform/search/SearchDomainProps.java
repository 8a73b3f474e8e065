package dev.regionstack.platform.search;

import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.ISubnet;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.RetentionDays;

import java.util.List;

/**
 * @param domainName    the domain's name (PhysicalNames.searchDomain). Required.
 * @param vpc           the region's VPC. Required.
 * @param subnets       the isolated subnets, in zone order; the first {@code capacity.zones()} are used. Required.
 * @param key           encrypts the data at rest and the domain's log groups. Required.
 * @param capacity      the nodes. Required.
 * @param master        the IAM role fine-grained access control maps to all_access (the one writer). Required.
 * @param logRetention  retention of the domain's log groups. Required.
 * @param removalPolicy what happens to the domain and its logs when they leave the stack. Default: RETAIN.
 */
public record SearchDomainProps(String domainName, IVpc vpc, List<ISubnet> subnets, IKey key, SearchCapacity capacity,
                                IRole master, RetentionDays logRetention, RemovalPolicy removalPolicy) {
    public SearchDomainProps {
        if (domainName == null || vpc == null || subnets == null || key == null || capacity == null || master == null || logRetention == null) {
            throw new IllegalArgumentException("SearchDomainProps: domainName, vpc, subnets, key, capacity, master and logRetention are required");
        }
        subnets = List.copyOf(subnets);
        if (subnets.size() < capacity.zones()) {
            throw new IllegalArgumentException("the domain spans " + capacity.zones() + " zones but " + subnets.size() + " subnets were given");
        }
        removalPolicy = Removal.orRetain(removalPolicy);
    }
}
