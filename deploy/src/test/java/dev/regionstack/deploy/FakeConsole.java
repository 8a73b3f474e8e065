package dev.regionstack.deploy;

import java.util.ArrayList;
import java.util.List;

/** A console that is (or is not) a terminal and answers every question the same way, recording the questions. */
final class FakeConsole implements Console {
    final List<String> questions = new ArrayList<>();
    private final boolean terminal;
    private final String answer;

    private FakeConsole(boolean terminal, String answer) {
        this.terminal = terminal;
        this.answer = answer;
    }

    static FakeConsole script() {
        return new FakeConsole(false, null);
    }

    static FakeConsole terminalAnswering(String answer) {
        return new FakeConsole(true, answer);
    }

    @Override
    public boolean isTerminal() {
        return terminal;
    }

    @Override
    public boolean confirm(String question) {
        questions.add(question);
        return terminal && Console.isYes(answer);
    }
}
