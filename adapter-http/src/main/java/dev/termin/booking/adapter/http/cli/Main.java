package dev.termin.booking.adapter.http.cli;

import dev.termin.booking.adapter.http.cli.TerminCommand;
import dev.termin.booking.adapter.http.InstanceLogging;
import dev.termin.booking.adapter.http.config.Environment;
import dev.termin.booking.adapter.http.config.InstanceVariables;
import dev.termin.booking.adapter.http.config.InvalidSettingException;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/**
 * The entry point of {@code termin-server.jar}: the picocli command line ({@code serve} when no command is given,
 * {@code migrate}, {@code demo}, {@code sync-health}, {@code metrics reservations}). Stateless.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (code != TerminCommand.KEEP_RUNNING) {
            System.exit(code);
        }
    }

    /**
     * Runs the command line with {@code env} as environment; returns the exit code, or
     * {@link TerminCommand#KEEP_RUNNING} when a server was started and keeps running.
     */
    public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        try {
            InstanceLogging.tag(InstanceVariables.read(Environment.of(env)));
        } catch (InvalidSettingException e) {
            err.println(e.getMessage());
            err.flush();
            return TerminCommand.BAD_SETTING;
        }
        CommandLine cl = TerminCommand.commandLine(env, out);
        cl.setOut(out);
        cl.setErr(err);
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        return cl.execute(effective);
    }
}
