package dev.regionstack.platform.dns;

import software.amazon.awscdk.services.route53.AliasRecordTargetConfig;
import software.amazon.awscdk.services.route53.IAliasRecordTarget;
import software.amazon.awscdk.services.route53.IHostedZone;
import software.amazon.awscdk.services.route53.IRecordSet;

/** An alias to another record of the same zone that follows that record's health (CDK's own omits it). */
final class RecordAliasTarget implements IAliasRecordTarget {
    private final String recordName;
    private final String zoneId;

    RecordAliasTarget(String recordName, String zoneId) {
        this.recordName = recordName;
        this.zoneId = zoneId;
    }

    @Override
    public AliasRecordTargetConfig bind(IRecordSet record, IHostedZone zone) {
        return bind(record);
    }

    @Override
    public AliasRecordTargetConfig bind(IRecordSet record) {
        return AliasRecordTargetConfig.builder().dnsName(recordName).hostedZoneId(zoneId).evaluateTargetHealth(true).build();
    }
}
