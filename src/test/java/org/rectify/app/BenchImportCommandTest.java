package org.rectify.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The import benchmark at a small size: every figure it promises is printed, the CLI's when sqlite3 is there. */
class BenchImportCommandTest {

    @Test
    void printsTheCommandTheCliTheirRatioTheStoreAndTheWeeklyFile() throws Exception {
        TestCli.Outcome run = TestCli.run("bench-import", "--rows", "3000", "--runs", "2", "--xlsx-rows", "0",
                "--week-rows", "200");

        assertEquals(0, run.exit(), run.toString());
        boolean cli = new ProcessBuilder("sqlite3", "-version").start().waitFor() == 0;
        for (String order : List.of("in time order", "sorted by district")) {
            assertLine(run, order + " +rectify : +\\d+\\.\\d\\d s .*\\(a new JVM each run, as the command\\)");
            assertLine(run, order + " +rectify : +\\d+\\.\\d\\d s .*\\(inside a running JVM that imported it before\\); old generation's peak [\\d,]+ MB");
            if (cli) {
                assertLine(run, order + " +sqlite3 : +\\d+\\.\\d\\d s .*\\(each run right after a command's\\)");
                assertLine(run, order + " +ratio rectify / sqlite3 CLI: \\d+\\.\\d\\d \\(inside a running JVM: \\d+\\.\\d\\d\\)");
                assertLine(run, order + " +ratio run by run: median \\d+\\.\\d\\d \\(\\d+\\.\\d\\d, \\d+\\.\\d\\d\\)");
            }
        }
        if (!cli) {
            assertLine(run, "sqlite3 not installed: no CLI comparison \\(apt-get install sqlite3\\)");
        }
        assertLine(run, "store after the in-order import: .* \\(\\d+\\.\\d\\d×; of it WAL \\d+ MB\\)");
        assertLine(run, "weekly file \\(200 rows, inside this JVM\\) into the 3,000-ticket store: .* ratio \\d+\\.\\d\\d \\(medians of 6\\)");
        assertLine(run, "weekly file with the week before's open tickets closed \\(200 new \\+ ~[1-9][\\d,]* again\\): .* ratio "
                + "\\d+\\.\\d\\d \\(medians of 6\\)");
        assertLine(run, "peak old generation \\d+ MB; peak resident memory .*");
    }

    private static void assertLine(TestCli.Outcome run, String regex) {
        Pattern line = Pattern.compile("(?m)^" + regex + "$");
        assertTrue(line.matcher(run.out()).find(), "no line like " + regex + " in\n" + run.out());
    }
}
