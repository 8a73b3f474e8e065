package dev.regionstack.deploy;

/** Where a person approves a manual environment: a terminal, or nothing (a script, CI). */
public interface Console {
    /** Whether a person can be asked (standard input and output are a terminal). */
    boolean isTerminal();

    /** Asks {@code question}; true only for an explicit yes ({@code y} or {@code yes}, any case). */
    boolean confirm(String question);

    /** The process's terminal ({@link System#console()}), or no terminal when there is none. */
    static Console system() {
        java.io.Console console = System.console();
        return new Console() {
            @Override
            public boolean isTerminal() {
                return console != null;
            }

            @Override
            public boolean confirm(String question) {
                if (console == null) return false;
                String answer = console.readLine("%s ", question);
                return answer != null && isYes(answer);
            }
        };
    }

    /** {@code y} or {@code yes} in any case, surrounding blanks ignored. */
    static boolean isYes(String answer) {
        String a = answer.strip();
        return a.equalsIgnoreCase("y") || a.equalsIgnoreCase("yes");
    }
}
