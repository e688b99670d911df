package dev.termin.booking.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Where the CPU went during a phase, in cores (CPU seconds per wall second): the whole machine (from
 * {@code /proc/stat}), the server's and the driver's Java threads in this JVM (by thread name), the JVM's own
 * threads (GC, JIT, and Java threads that ended during the phase: process time minus live Java threads), the
 * embedded PostgreSQL's processes, and everything else.
 */
final class CpuMeter {

    private static final long CLOCK_TICKS = 100;

    /**
     * CPU figures at one instant, in nanoseconds; {@code threads} maps each live Java thread's id to its CPU time,
     * negative for the driver's threads.
     */
    record Snapshot(long wallNanos, long machineBusy, long machineTotal, long process, Map<Long, Long> threads,
            long postgres, long gcMillis, long gcCount, long jitMillis, String loadAverage) {
    }

    /**
     * Cores used between two snapshots, the collections (count, summed collection time), the JIT compilers' time
     * and the load.
     */
    record Usage(double machineBusy, double server, double driver, double jvmInternal, double postgres,
            double other, long gcCount, long gcMillis, long jitMillis, String loadBefore, String loadAfter) {
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final OptionalLong postmaster;

    /** A meter that also counts the processes under {@code postmasterPid}, if given. */
    CpuMeter(OptionalLong postmasterPid) {
        this.postmaster = postmasterPid;
    }

    Snapshot snapshot() {
        long[] machine = machine();
        Map<Long, Long> cpuByThread = new HashMap<>();
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t == null) {
                continue;
            }
            long cpu = threads.getThreadCpuTime(t.getThreadId());
            if (cpu >= 0) {
                cpuByThread.put(t.getThreadId(), isDriver(t.getThreadName()) ? -cpu : cpu);
            }
        }
        long gcMillis = 0;
        long gcCount = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(0, gc.getCollectionTime());
            gcCount += Math.max(0, gc.getCollectionCount());
        }
        return new Snapshot(System.nanoTime(), machine[0], machine[1], os.getProcessCpuTime(), cpuByThread,
                postgresNanos(), gcMillis, gcCount, ManagementFactory.getCompilationMXBean().getTotalCompilationTime(),
                MachineInfo.loadAverage());
    }

    /** Threads of the load driver: the JDK HTTP client's, the driver's own ({@code bench-}) and main. */
    static boolean isDriver(String name) {
        return name.startsWith("HttpClient-") || name.startsWith("bench-") || name.equals("main");
    }

    static Usage between(Snapshot a, Snapshot b) {
        double wall = (b.wallNanos() - a.wallNanos()) / 1e9;
        int cores = Runtime.getRuntime().availableProcessors();
        long total = b.machineTotal() - a.machineTotal();
        double busy = total <= 0 ? 0 : (double) (b.machineBusy() - a.machineBusy()) / total * cores;
        long serverNanos = 0;
        long driverNanos = 0;
        for (Map.Entry<Long, Long> t : b.threads().entrySet()) {
            long before = Math.abs(a.threads().getOrDefault(t.getKey(), 0L));
            long used = Math.abs(t.getValue()) - before;
            if (t.getValue() < 0) {
                driverNanos += used;
            } else {
                serverNanos += used;
            }
        }
        double server = serverNanos / 1e9 / wall;
        double driver = driverNanos / 1e9 / wall;
        double process = (b.process() - a.process()) / 1e9 / wall;
        double jvm = Math.max(0, process - server - driver);
        double pg = (b.postgres() - a.postgres()) / 1e9 / wall;
        double other = Math.max(0, busy - process - pg);
        return new Usage(busy, server, driver, jvm, pg, other, b.gcCount() - a.gcCount(), b.gcMillis() - a.gcMillis(),
                b.jitMillis() - a.jitMillis(), a.loadAverage(), b.loadAverage());
    }

    /** Busy and total jiffies of all CPUs, converted to nanoseconds. */
    private static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            long toNanos = 1_000_000_000L / CLOCK_TICKS;
            return new long[] {(total - idle) * toNanos, total * toNanos};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    /** User and system time of the postmaster and its children (the backends). */
    private long postgresNanos() {
        if (postmaster.isEmpty()) {
            return 0;
        }
        long pm = postmaster.getAsLong();
        long ticks = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long pid = Long.parseLong(name);
                    long ppid = Long.parseLong(f[1]);
                    if (pid == pm || ppid == pm) {
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                    if (pid == pm) {
                        ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]); // backends that have ended
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended while we looked
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks * (1_000_000_000L / CLOCK_TICKS);
    }
}
