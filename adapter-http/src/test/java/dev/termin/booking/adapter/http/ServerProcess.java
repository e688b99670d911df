package dev.termin.booking.adapter.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Termin server started from the packaged jar as a process of its own, for the system tests: start, wait until
 * it listens, kill it hard ({@code kill -9}), start it again on the same port. Keeps the lines it printed. Used by
 * one test thread; {@link #lines()} may be read from any.
 */
final class ServerProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final Map<String, String> env;
    private final List<String> lines = new ArrayList<>();
    private Process process;

    ServerProcess(String name, int port, Map<String, String> env) {
        this.name = name;
        this.port = port;
        this.env = Map.copyOf(env);
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** Starts the jar and waits (up to 90 s) until it listens. */
    void start() {
        Path jar = Paths.get(System.getProperty("termin.jar", "target/termin-server.jar"));
        ProcessBuilder pb = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString());
        pb.environment().putAll(env);
        pb.environment().put("TERMIN_PORT", Integer.toString(port));
        pb.environment().put("TERMIN_INSTANCE_ID", name);
        pb.redirectErrorStream(true);
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        try {
            String line;
            while ((line = out.readLine()) != null) {
                add(line);
                if (line.startsWith("Termin listening on port")) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(name + " did not start:\n" + String.join("\n", lines()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " ended at start:\n" + String.join("\n", lines()));
        }
        Thread drain = new Thread(() -> out.lines().forEach(this::add), "drain-" + name);
        drain.setDaemon(true);
        drain.start();
    }

    /** Kills the process with SIGKILL: no shutdown hook, no drain, nothing answered. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void add(String line) {
        lines.add(line);
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
