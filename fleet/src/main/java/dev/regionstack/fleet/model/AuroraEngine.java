package dev.regionstack.fleet.model;

/** Aurora global database engine. */
public enum AuroraEngine { POSTGRES, MYSQL }
