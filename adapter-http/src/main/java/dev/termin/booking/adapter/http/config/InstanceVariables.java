package dev.termin.booking.adapter.http.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Reads the name this process gives itself in every log line: {@code TERMIN_INSTANCE_ID} (1 to 64 letters, digits,
 * dots, dashes and underscores), by default the host name and the process id ({@code web-1-4711}), so that the
 * lines of several instances behind one load balancer can be told apart.
 */
public final class InstanceVariables {

    public static final String INSTANCE_ID = "TERMIN_INSTANCE_ID";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private InstanceVariables() {
    }

    /** @throws InvalidSettingException if the id is not 1 to 64 letters, digits, dots, dashes or underscores */
    public static String read(Environment env) {
        String id = env.text(INSTANCE_ID).orElseGet(InstanceVariables::hostAndPid);
        if (!ID.matcher(id).matches()) {
            throw new InvalidSettingException(INSTANCE_ID,
                    "must be 1 to 64 letters, digits, dots, dashes or underscores (got '" + id + "')");
        }
        return id;
    }

    private static String hostAndPid() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String cleaned = host.replaceAll("[^A-Za-z0-9._-]", "-");
        String pid = Long.toString(ProcessHandle.current().pid());
        int room = 64 - pid.length() - 1;
        return (cleaned.length() > room ? cleaned.substring(0, room) : cleaned) + "-" + pid;
    }
}
