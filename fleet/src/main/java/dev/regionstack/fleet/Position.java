package dev.regionstack.fleet;

/** A 1-based line and column in the fleet file. */
record Position(int line, int column) {
    static final Position START = new Position(1, 1);
}
