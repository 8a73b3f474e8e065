package dev.regionstack.platform.network;

import software.amazon.awscdk.Fn;
import software.amazon.awscdk.services.ec2.CfnEIP;
import software.amazon.awscdk.services.ec2.ISubnet;
import software.amazon.awscdk.services.ec2.IVpc;
import software.constructs.IConstruct;

import java.util.ArrayList;
import java.util.List;

/**
 * The public addresses of a VPC's NAT gateways, as {@code <ip>/32} CIDR blocks (tokens). Traffic from the VPC's
 * private tier to an internet-facing load balancer leaves through these gateways, so it arrives from these
 * addresses, never from the VPC's own range: a security group that should admit "the VPC" on such a load balancer
 * admits these.
 */
public final class NatAddresses {
    private NatAddresses() {}

    /** One block per NAT gateway, in subnet order; empty for a VPC that has none (or was imported). */
    public static List<String> of(IVpc vpc) {
        List<String> cidrs = new ArrayList<>();
        for (ISubnet subnet : vpc.getPublicSubnets()) {
            // ec2.Vpc gives each public subnet that hosts a NAT gateway its Elastic IP as the child "EIP".
            IConstruct eip = subnet.getNode().tryFindChild("EIP");
            if (eip instanceof CfnEIP address) cidrs.add(Fn.join("", List.of(address.getAttrPublicIp(), "/32")));
        }
        return List.copyOf(cidrs);
    }
}
