package dev.regionstack.fleet;

/** Key paths written as in the file: {@code environments.prod.regions.us-east-2.cidr}, {@code ...blockedCountries[2]}. */
final class KeyPath {
    private KeyPath() {}

    static String child(String parent, String key) {
        String shown = Echo.of(key);
        return parent.isEmpty() ? shown : parent + "." + shown;
    }

    static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
