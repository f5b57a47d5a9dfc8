package example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the application and reads what it printed. */
class QuickstartTest {
    @Test
    void theApplicationCancelsAnOperationAndSaysHowFarItGot() {
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Quickstart.main(new String[0]);
        } finally {
            System.setOut(stdout);
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        System.out.print(output);
        assertTrue(output.lines().anyMatch(line -> line.matches("Cancell(ing|ed), \\d+ documents already translated")),
                () -> "expected the status line, got: " + output);
    }
}
