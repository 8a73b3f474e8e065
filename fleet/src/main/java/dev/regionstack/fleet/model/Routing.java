package dev.regionstack.fleet.model;

/** Route53 routing policy for the fleet's DNS records. */
public enum Routing { FAILOVER, LATENCY, GEOLOCATION }
