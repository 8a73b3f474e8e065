package dev.regionstack.fleet;

/** A value with where the file set it, for rules that combine values set at different levels. */
record Located<T>(T value, Position position, String path) {}
