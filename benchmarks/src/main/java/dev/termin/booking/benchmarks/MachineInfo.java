package dev.termin.booking.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What the figures were measured on: CPUs, memory, CPU model, Java, the JVM's heap and collector, the load. */
final class MachineInfo {

    private MachineInfo() {
    }

    /** Lines describing the machine and the JVM. */
    static List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("CPUs (nproc):   " + Runtime.getRuntime().availableProcessors());
        lines.add("CPU model:      " + procField("/proc/cpuinfo", "model name"));
        lines.add("memory:         " + procField("/proc/meminfo", "MemTotal") + " total, "
                + procField("/proc/meminfo", "MemAvailable") + " available");
        lines.add("java:           " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")");
        lines.add("JVM:            max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, GC "
                + ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                        .collect(Collectors.joining(" + ")) + ", args " + ManagementFactory.getRuntimeMXBean()
                        .getInputArguments());
        lines.add("kernel:         " + System.getProperty("os.name") + " " + System.getProperty("os.version"));
        lines.add("load average:   " + loadAverage() + " (1, 5, 15 min)");
        return lines;
    }

    /** The 1, 5 and 15 minute load averages as {@code uptime} shows them. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String procField(String file, String name) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equals(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
        } catch (IOException e) {
            return "unknown";
        }
        return "unknown";
    }
}
