package dev.doctranslation.conformance;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What in an error body gives away how the provider is built: stack frames, exception names,
 * class names and file paths. Each pattern wants the shape a runtime prints, not a word that could
 * be prose: {@code IllegalStateException: no such operation} and {@code java.lang.} are caught,
 * a message that merely says "an error occurred" is not. A bare class name with no colon after
 * it ({@code URISyntaxException thrown}) is let through on purpose: it is too close to prose to
 * flag without false alarms.
 */
final class LeakedInternals {
    /** What was found, and the text that showed it. */
    record Leak(String what, String evidence) {}

    private record Kind(String what, Pattern pattern) {}

    private static final List<Kind> KINDS = List.of(
            // at com.foo.Bar.run(Bar.java:12), at Bar(Bar.java), at x.Y.z(Native Method)
            new Kind("a Java stack frame", Pattern.compile(
                    "\\bat\\s+[\\w$.<>/]+\\((?:[\\w$-]+\\.(?:java|kt|scala|groovy|clj)(?::\\d+)?|Native Method|Unknown Source)\\)")),
            // at Foo.Bar() in C:\src\Foo.cs:line 42
            new Kind("a .NET stack frame", Pattern.compile("\\bin\\s+\\S+\\.(?:cs|vb|fs):line\\s+\\d+")),
            // at handler (/app/server.js:12:5)
            new Kind("a JavaScript stack frame", Pattern.compile(
                    "\\bat\\s+[^\\n]*?\\(?(?:/|[A-Za-z]:\\\\|file:)[^\\s()]+\\.(?:js|mjs|cjs|ts):\\d+:\\d+\\)?")),
            new Kind("a Python traceback", Pattern.compile(
                    "Traceback \\(most recent call last\\)|\\bFile \"[^\"]+\", line \\d+")),
            new Kind("a Go panic", Pattern.compile("\\bgoroutine \\d+ \\[\\w+")),
            new Kind("a stack trace", Pattern.compile("(?i)\\bstack[ _-]?trace\\b")),
            // NullPointerException: ..., Exception: ..., TypeError: ... (not a bare "Error:", nor the
            // contract's own code InternalServerError)
            new Kind("an exception name", Pattern.compile("\\b(?:[A-Z][\\w$]*)?Exception\\s*:|\\b(?!InternalServerError\\b)[A-Z][\\w$]*[a-z]Error\\s*:")),
            new Kind("a platform class name", Pattern.compile(
                    "\\b(?:java|javax|jakarta|sun|jdk|kotlin|scala|System|Microsoft\\.AspNetCore)\\.[a-zA-Z][\\w$]*\\.")),
            // dev.doctranslation.mock.Store, org.glassfish.jersey.server.ContainerException
            new Kind("a class name", Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][\\w$]*(?:\\.[A-Za-z][\\w$]*)*\\b")),
            new Kind("a source file and line", Pattern.compile(
                    "[\\w./\\\\-]+\\.(?:java|kt|scala|groovy|py|rb|php|js|mjs|ts|cs|go|c|cc|cpp)(?::| line |:line )\\d+")),
            new Kind("a file path", Pattern.compile(
                    "(?<![\\w.:/-])/(?:home|usr|var|opt|srv|tmp|etc|root|app|apps|data|mnt|proc|Users|private|workspace|build|src)/[\\w.@/-]+"
                            + "|\\b[A-Za-z]:\\\\(?:[\\w .-]+\\\\)+[\\w .-]*"
                            + "|\\b(?:jar:)?file:/{1,3}[\\w.@/%-]+")));

    private LeakedInternals() {}

    /** The first internal detail in {@code body}, or empty. */
    static Optional<Leak> find(String body) {
        String text = unescapeJson(body);
        for (Kind kind : KINDS) {
            Matcher m = kind.pattern().matcher(text);
            if (m.find()) {
                String found = m.group().strip();
                return Optional.of(new Leak(kind.what(), found.length() > 100 ? found.substring(0, 100) + "..." : found));
            }
        }
        return Optional.empty();
    }

    /**
     * A trace inside a JSON string arrives escaped (a frame as {@code \n\tat com.foo...}, a path as
     * {@code C:\\src}): read as printed, so the patterns see what a person would.
     */
    private static String unescapeJson(String body) {
        StringBuilder text = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char next = body.charAt(++i);
                text.append(switch (next) {
                    case 'n', 'r' -> '\n';
                    case 't' -> '\t';
                    default -> next;
                });
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
