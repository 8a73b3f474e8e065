package dev.regionstack.platform.service;

import java.util.List;
import java.util.Objects;

/**
 * What the ALB's certificate covers and where ACM proves it (DNS validation, no zone lookup).
 *
 * @param domainName              the certificate's main name, e.g. {@code eu-west-2.prod.example.com}. Required.
 * @param subjectAlternativeNames further names, e.g. {@code prod.example.com}. Default: none.
 * @param hostedZoneId            the public hosted zone that holds the validation records. Required.
 * @param zoneName                that zone's name, e.g. {@code example.com}. Required.
 */
public record HttpsSettings(String domainName, List<String> subjectAlternativeNames, String hostedZoneId, String zoneName) {
    public HttpsSettings {
        Objects.requireNonNull(domainName, "domainName");
        Objects.requireNonNull(hostedZoneId, "hostedZoneId");
        Objects.requireNonNull(zoneName, "zoneName");
        subjectAlternativeNames = subjectAlternativeNames == null ? List.of() : List.copyOf(subjectAlternativeNames);
    }
}
