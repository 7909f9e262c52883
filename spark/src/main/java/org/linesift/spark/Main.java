package org.linesift.spark;

import org.apache.spark.sql.AnalysisException;
import org.linesift.ModelFormatException;
import org.linesift.train.CorpusFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;

/**
 * The Spark job: {@code classify} pages into one row per line, {@code score} a model on labelled corpora.
 * Run it with {@code spark-submit --class org.linesift.spark.Main linesift-spark.jar COMMAND ...}.
 *
 * <p>Exit codes, as the library's command line: 0 success, 2 user error (bad option, missing input, existing
 * output, malformed corpus or model: one line {@code linesift-spark: <message>} on stderr), 1 anything else (one
 * line; the stack trace too when the {@code LINESIFT_DEBUG} environment variable is set).
 */
@Command(name = "linesift-spark",
        mixinStandardHelpOptions = true,
        version = Main.VERSION,
        description = "LineSift on Spark: label each line of many Chinese news pages as body, nav or spun.",
        subcommands = {ClassifyJob.class, ScoreJob.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    static final String VERSION = "linesift-spark 0.1.0";
    static final String NAME = "linesift-spark";
    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int USER_ERROR = 2;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs the job with the given streams (written as UTF-8) and returns the exit code. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        PrintWriter o = new PrintWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        PrintWriter e = new PrintWriter(new BufferedWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8)), true);
        try {
            CommandLine cl = new CommandLine(new Main());
            cl.setCaseInsensitiveEnumValuesAllowed(true);
            cl.setOut(o);
            cl.setErr(e);
            cl.setParameterExceptionHandler((ex, a) -> {
                String help = ex.getCommandLine() == cl ? NAME + " --help" : NAME + " " + ex.getCommandLine().getCommandName() + " --help";
                e.println(NAME + ": " + oneLine(ex.getMessage()) + " (see '" + help + "')");
                return USER_ERROR;
            });
            cl.setExecutionExceptionHandler((ex, cmd, parsed) -> handle(ex, e));
            return cl.execute(args);
        } catch (Throwable t) {
            return handle(t, e);
        } finally {
            o.flush();
            e.flush();
        }
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: classify or score");
    }

    /** Maps an exception to an exit code, printing one line (and the stack trace of an internal error in debug mode). */
    static int handle(Throwable ex, PrintWriter err) {
        String msg = userMessage(ex);
        if (msg != null) {
            err.println(NAME + ": " + msg);
            return USER_ERROR;
        }
        err.println(NAME + ": internal error: " + oneLine(String.valueOf(ex)));
        if (System.getenv("LINESIFT_DEBUG") != null) ex.printStackTrace(err);
        err.flush();
        return INTERNAL_ERROR;
    }

    /** The one-line message of a user error, or null when {@code ex} is not one. */
    static String userMessage(Throwable ex) {
        if (ex instanceof UserError || ex instanceof CorpusFormatException || ex instanceof ModelFormatException) {
            return oneLine(ex.getMessage());
        }
        String bad = badInput(ex);
        if (bad != null) return bad;
        if (ex instanceof NoSuchFileException n) return n.getFile() + ": no such file";
        if (ex instanceof AnalysisException a) return oneLine(a.getSimpleMessage());
        if (ex instanceof IOException) return oneLine(ex.getMessage() == null ? ex.toString() : ex.getMessage());
        return null;
    }

    /**
     * The message for input that Spark failed to read as the format it was told (a malformed JSON line, a file that is
     * not Parquet), found anywhere in the chain of causes of a failed Spark job; null when there is none.
     */
    static String badInput(Throwable ex) {
        for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (t.getClass().getSimpleName().equals("JsonParseException")) {
                return "malformed JSON in the input: " + oneLine(m.replaceFirst("(?s)\\s*at \\[Source.*", ""));
            }
            if (m.contains("is not a Parquet file")) return "not Parquet: " + oneLine(m.replaceFirst("(?s)^.*?([^ ]+ is not a Parquet file[^\\n]*).*$", "$1"));
        }
        for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Malformed records are detected")) return "malformed records in the input (JSON)";
        }
        return null;
    }

    static String oneLine(String s) {
        if (s == null) return "";
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').strip();
    }
}
