package org.linesift.cli;

import org.linesift.ModelFormatException;
import org.linesift.train.CorpusFormatException;
import org.linesift.train.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;

/**
 * The {@code linesift} command line. Exit codes: 0 success, 2 user error (bad option, missing or unreadable
 * file, malformed corpus or model: one line {@code linesift: <message>} on stderr), 1 internal error (one line;
 * the stack trace too when the {@code LINESIFT_DEBUG} environment variable is set).
 */
@Command(name = "linesift",
        mixinStandardHelpOptions = true,
        version = Main.VERSION,
        description = "Labels each line of a Chinese news page as body, nav or spun (spam).",
        subcommands = {
                ClassifyCommand.class,
                ScoreCommand.class,
                TrainCommand.class,
                AverageCommand.class,
                ContextPassCommand.class,
                SynthCommand.class,
                ScoreSpansCommand.class, ScoreVariantsCommand.class,
                CommandLine.HelpCommand.class,
        })
public final class Main implements Callable<Integer> {
    public static final String VERSION = "linesift 0.1.0";
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int USER_ERROR = 2;

    @Spec
    CommandSpec spec;

    /** Whether {@code classify --format text} may use ANSI colours (stdout is a terminal, NO_COLOR unset). */
    boolean colour;

    public static void main(String[] args) {
        int code = run(System.out, System.err, args);
        System.exit(code);
    }

    /** Runs the command line with the given streams (written as UTF-8) and returns the exit code. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        PrintWriter o = new PrintWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        PrintWriter e = new PrintWriter(new BufferedWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8)), true);
        try {
            Main main = new Main();
            main.colour = out == System.out && System.console() != null && System.getenv("NO_COLOR") == null;
            CommandLine cl = new CommandLine(main);
            cl.setCaseInsensitiveEnumValuesAllowed(true);
            cl.setOut(o);
            cl.setErr(e);
            cl.setParameterExceptionHandler((ex, a) -> {
                String sub = ex.getCommandLine().getCommandName();
                String help = ex.getCommandLine() == cl ? "linesift --help" : "linesift " + sub + " --help";
                e.println("linesift: " + oneLine(ex.getMessage()) + " (see '" + help + "')");
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
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: classify, score, train or synth");
    }

    /** Maps an exception to an exit code, printing one line (and a stack trace for internal errors in debug mode). */
    static int handle(Throwable ex, PrintWriter err) {
        String msg = userMessage(ex);
        if (msg != null) {
            err.println("linesift: " + msg);
            return USER_ERROR;
        }
        err.println("linesift: internal error: " + oneLine(String.valueOf(ex)));
        if (System.getenv("LINESIFT_DEBUG") != null) ex.printStackTrace(err);
        err.flush();
        return INTERNAL_ERROR;
    }

    /** The one-line message for a user error, or null when {@code ex} is not one. */
    static String userMessage(Throwable ex) {
        if (ex instanceof UncheckedIOException && ex.getCause() != null) ex = ex.getCause();
        if (ex instanceof UserError || ex instanceof InvalidInputException || ex instanceof CorpusFormatException || ex instanceof ModelFormatException) {
            return oneLine(ex.getMessage());
        }
        if (ex instanceof NoSuchFileException) {
            return ((NoSuchFileException) ex).getFile() + ": no such file";
        }
        if (ex instanceof AccessDeniedException) {
            return ((AccessDeniedException) ex).getFile() + ": permission denied";
        }
        if (ex instanceof FileAlreadyExistsException) {
            FileSystemException f = (FileSystemException) ex;
            return f.getFile() + ": " + (f.getReason() == null ? "already exists" : f.getReason());
        }
        if (ex instanceof IOException) {
            return oneLine(ex.getMessage() == null ? ex.toString() : ex.getMessage());
        }
        return null;
    }

    static String oneLine(String s) {
        if (s == null) return "";
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').strip();
    }
}
