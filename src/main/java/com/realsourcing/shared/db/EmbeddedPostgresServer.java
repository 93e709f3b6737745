package com.realsourcing.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PostgreSQL server per data directory and JVM. Several Spring contexts (tests) share it through {@link
 * #acquire}; the last {@link #release} stops it. Before starting it stops a postmaster left running by a process
 * that was killed ({@code kill -9}) and removes a stale {@code postmaster.pid}, so the data survives crashes.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();

    private final Path dataDir;
    private final EmbeddedPostgres postgres;
    private int users;

    private EmbeddedPostgresServer(Path dataDir, EmbeddedPostgres postgres) {
        this.dataDir = dataDir;
        this.postgres = postgres;
    }

    static synchronized EmbeddedPostgresServer acquire(Path dataDir, EmbeddedDatabaseProperties properties) {
        Path key = dataDir.toAbsolutePath().normalize();
        EmbeddedPostgresServer server = RUNNING.get(key);
        if (server == null) {
            server = new EmbeddedPostgresServer(key, start(key, properties));
            RUNNING.put(key, server);
        }
        server.users++;
        return server;
    }

    synchronized void release() {
        synchronized (EmbeddedPostgresServer.class) {
            if (--users > 0) {
                return;
            }
            RUNNING.remove(dataDir);
        }
        long started = System.nanoTime();
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    int port() {
        return postgres.getPort();
    }

    private static EmbeddedPostgres start(Path dataDir, EmbeddedDatabaseProperties properties) {
        long started = System.nanoTime();
        try {
            Files.createDirectories(dataDir);
            if (!properties.clean()) {
                stopOrphanedPostmaster(dataDir);
            }
            Path logFile = dataDir.resolveSibling("postgresql.log");
            String sharedBuffers = properties.sharedBuffers(physicalMemory());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(properties.clean())
                    .setPort(properties.port())
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(properties.startupTimeout())
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", sharedBuffers)
                    .setServerConfig("timezone", "UTC")
                    // LLVM JIT compiles expensive plans for seconds on first use; our queries are short and indexed
                    .setServerConfig("jit", "off")
                    .setLocaleConfig("encoding", "UTF8")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            properties.settings().forEach(builder::setServerConfig); // the operator's settings win
            EmbeddedPostgres postgres = builder.start();
            log.info(
                    "Embedded PostgreSQL on port {} with data in {} and shared_buffers {} (started in {} ms)",
                    postgres.getPort(),
                    dataDir,
                    properties.settings().getOrDefault("shared_buffers", sharedBuffers),
                    (System.nanoTime() - started) / 1_000_000);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    /** The machine's memory (the container's limit where there is one), 0 when the JVM cannot tell. */
    static long physicalMemory() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize()
                : 0;
    }

    /**
     * After {@code kill -9} of the JVM the postmaster lives on (it was started by {@code pg_ctl}) and holds the data
     * directory; a new start would fail. Stop it the way PostgreSQL asks to be stopped (SIGINT, a fast shutdown),
     * and only force it when it does not go.
     */
    static void stopOrphanedPostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> postmaster = lines.isEmpty()
                ? Optional.empty()
                : parsePid(lines.get(0)).flatMap(ProcessHandle::of).filter(EmbeddedPostgresServer::isPostgres);
        if (postmaster.isPresent()) {
            ProcessHandle process = postmaster.get();
            log.warn("Stopping an orphaned PostgreSQL (pid {}) left by an earlier run", process.pid());
            signal(process.pid(), "INT");
            if (!waitFor(process, Duration.ofSeconds(15))) {
                process.destroyForcibly();
                waitFor(process, Duration.ofSeconds(5));
            }
        } else {
            log.warn("Removing a stale postmaster.pid from an earlier run");
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("postgres")).orElse(true);
    }

    private static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .inheritIO()
                    .start()
                    .waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean waitFor(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
