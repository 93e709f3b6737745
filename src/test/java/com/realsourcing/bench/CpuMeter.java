package com.realsourcing.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * CPU time spent by this JVM and by the embedded PostgreSQL whose data directory is under {@code dataDir} (its
 * postmaster and live backends, from /proc). On a machine shared with other builds throughput and latency depend on
 * what else runs; CPU milliseconds per operation do much less, so benchmarks report both.
 */
final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private final String dataDir;

    CpuMeter(String dataDir) {
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize().toString();
    }

    record Sample(long jvmNanos, long databaseNanos) {
        Sample minus(Sample before) {
            return new Sample(jvmNanos - before.jvmNanos, databaseNanos - before.databaseNanos);
        }

        String perOperation(long operations) {
            if (operations == 0) {
                return "no operations";
            }
            return String.format(
                    Locale.ROOT,
                    "CPU per operation: JVM %.3f ms + PostgreSQL %.3f ms = %.3f ms (2 cores fully used: ~%,.0f/s)",
                    jvmNanos / 1e6 / operations,
                    databaseNanos / 1e6 / operations,
                    (jvmNanos + databaseNanos) / 1e6 / operations,
                    2e9 * operations / Math.max(1, jvmNanos + databaseNanos));
        }
    }

    Sample sample() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new Sample(jvm, databaseNanos());
    }

    private long databaseNanos() {
        try (var procs = Files.list(Path.of("/proc"))) {
            long postmaster = -1;
            var pids = procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList();
            for (Path p : pids) {
                String cmd = read(p.resolve("cmdline")).replace('\0', ' ');
                if (cmd.contains("postgres") && cmd.contains(" -D ") && cmd.contains(dataDir)) {
                    postmaster = Long.parseLong(p.getFileName().toString());
                }
            }
            if (postmaster < 0) {
                return 0;
            }
            long ticks = 0;
            for (Path p : pids) {
                String[] stat = stat(p);
                if (stat == null) {
                    continue;
                }
                long pid = Long.parseLong(p.getFileName().toString());
                // fields after the command: [0] state, [1] ppid, ... [11] utime, [12] stime, [13] cutime, [14] cstime
                if (pid == postmaster) {
                    ticks += Long.parseLong(stat[11])
                            + Long.parseLong(stat[12])
                            + Long.parseLong(stat[13])
                            + Long.parseLong(stat[14]);
                } else if (Long.parseLong(stat[1]) == postmaster) {
                    ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                }
            }
            return (long) (ticks / TICKS_PER_SECOND * 1e9);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String[] stat(Path proc) {
        String stat = read(proc.resolve("stat"));
        int end = stat.lastIndexOf(')');
        return end < 0 ? null : stat.substring(end + 2).split(" ");
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
