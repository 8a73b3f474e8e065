package dev.regionstack.fleet;

/**
 * How a value from the file appears in a message. A value is echoed whole while it is short; a longer one is cut to
 * its first {@link #MAX_CHARS} characters and {@code …}, so that a 100,000-character name cannot make a
 * 100,000-character error line. Line breaks, tabs and other control characters are shown escaped ({@code \n},
 * {@code \u0000}), so that every problem stays one line.
 */
final class Echo {
    /** The most characters of a value a message shows. */
    static final int MAX_CHARS = 60;
    static final String ELLIPSIS = "…";

    private Echo() {}

    /** {@code value} as a message shows it. */
    static String of(String value) {
        return of(value, MAX_CHARS);
    }

    /** {@code text} on one line, cut after {@code max} characters. */
    static String of(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8);
        int shown = 0;
        for (int i = 0; i < text.length(); ) {
            if (shown == max) return out.append(ELLIPSIS).toString();
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            shown++;
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) out.append(String.format("\\u%04x", c));
                    else out.appendCodePoint(c);
                }
            }
        }
        return out.toString();
    }

    /**
     * {@code value} in backticks, as messages quote what the file says: {@code `10.0.0.1/16`}; a cut value says how
     * long it is, since that is often what is wrong: {@code `KKK…` (129 characters)}.
     */
    static String quoted(String value) {
        String shown = of(value);
        return shown.endsWith(ELLIPSIS) && !value.endsWith(ELLIPSIS)
                ? "`" + shown + "` (" + value.codePointCount(0, value.length()) + " characters)"
                : "`" + shown + "`";
    }

    /** Whether {@link #of} shows {@code value} unchanged, so that a hint may repeat it for the user to copy. */
    static boolean whole(String value) {
        return of(value).equals(value);
    }
}
