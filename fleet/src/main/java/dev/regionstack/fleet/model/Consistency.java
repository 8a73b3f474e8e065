package dev.regionstack.fleet.model;

/** DynamoDB global table multi-Region consistency mode. */
public enum Consistency { EVENTUAL, STRONG }
