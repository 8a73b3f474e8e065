package dev.regionstack.fleet;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionsTest {

    @Test
    void knowsEveryCommercialRegionAndNoOtherPartition() {
        assertThat(Regions.all()).hasSize(34).contains("us-east-1", "ap-east-2", "ap-southeast-6", "mx-central-1", "il-central-1");
        assertThat(Regions.isCommercial("us-gov-west-1")).isFalse();
        assertThat(Regions.isCommercial("cn-north-1")).isFalse();
    }

    @Test
    void defaultZonesAreTheFirstThreeANewAccountCanUse() {
        assertThat(Regions.zones("eu-west-2")).containsExactly("eu-west-2a", "eu-west-2b", "eu-west-2c");
        assertThat(Regions.zones("ap-northeast-1")).containsExactly("ap-northeast-1a", "ap-northeast-1c", "ap-northeast-1d");
        assertThat(Regions.zones("ca-central-1")).containsExactly("ca-central-1a", "ca-central-1b", "ca-central-1d");
    }

    @Test
    void usWest1HasTwoZones() {
        assertThat(Regions.zones("us-west-1")).containsExactly("us-west-1b", "us-west-1c");
    }

    @Test
    void continentsAreRoute53GeolocationCodes() {
        assertThat(List.of("us-east-1", "sa-east-1", "eu-central-1", "af-south-1", "ap-south-1", "ap-southeast-2", "il-central-1"))
                .extracting(Regions::continent).containsExactly("NA", "SA", "EU", "AF", "AS", "OC", "AS");
    }

    @Test
    void strongConsistencySetsHoldTheirRegions() {
        assertThat(Regions.strongConsistencySet(List.of("us-east-1", "us-east-2", "us-west-2"))).contains("US");
        assertThat(Regions.strongConsistencySet(List.of("eu-west-1", "eu-west-3", "eu-central-1"))).contains("EU");
        assertThat(Regions.strongConsistencySet(List.of("ap-northeast-1", "ap-northeast-2", "ap-northeast-3"))).contains("AP");
        assertThat(Regions.strongConsistencySet(List.of("us-east-1", "eu-west-1", "us-west-2"))).isEmpty();
    }

    @Test
    void anUnknownRegionIsAnArgumentError() {
        assertThatThrownBy(() -> Regions.zones("mars-north-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not a commercial AWS region: mars-north-1");
    }
}
