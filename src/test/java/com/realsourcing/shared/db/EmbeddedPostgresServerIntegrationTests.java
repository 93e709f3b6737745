package com.realsourcing.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database keeps its data across restarts and recovers after the JVM is killed with {@code kill -9}
 * (its postmaster is left running) or leaves a stale {@code postmaster.pid}.
 */
class EmbeddedPostgresServerIntegrationTests {

    @TempDir
    Path dataRoot;

    @Test
    void keepsDataAndRecoversAfterTheJvmIsKilled() throws Exception {
        Path dataDir = dataRoot.resolve("pg");
        var properties = new EmbeddedDatabaseProperties(0, false, Duration.ofSeconds(60), 5, "128MB", null);

        // A separate JVM starts the database, writes, and is killed with SIGKILL.
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ChildDatabase.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        String ready = awaitLine(child, "READY");
        assertThat(ready).startsWith("READY");
        long postmaster = Long.parseLong(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
        new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start().waitFor(5, TimeUnit.SECONDS);
        child.waitFor(10, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).contains(true);

        // This JVM starts on the same directory: the orphan is stopped and the data is there.
        EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(dataDir, properties);
        assertThat(query(server.jdbcUrl(), "select v from kept")).isEqualTo("海运");
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
        long started = System.nanoTime();
        server.release();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));

        // A stale pid file that points at no process is cleared too.
        Files.writeString(dataDir.resolve("postmaster.pid"), "999999\n" + dataDir + "\n");
        // (and the operator's settings reach the server, winning over the defaults)
        var tuned = new EmbeddedDatabaseProperties(
                0,
                false,
                Duration.ofSeconds(60),
                5,
                "auto",
                java.util.Map.of("wal_buffers", "8MB", "shared_buffers", "144MB"));
        EmbeddedPostgresServer again = EmbeddedPostgresServer.acquire(dataDir, tuned);
        assertThat(query(again.jdbcUrl(), "select count(*) from kept")).isEqualTo("1");
        assertThat(query(again.jdbcUrl(), "show wal_buffers")).isEqualTo("8MB");
        assertThat(query(again.jdbcUrl(), "show shared_buffers")).isEqualTo("144MB");
        again.release();
    }

    private static String awaitLine(Process process, String prefix) throws Exception {
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        String line;
        StringBuilder seen = new StringBuilder();
        while (System.nanoTime() < deadline && (line = reader.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("child never became ready:\n" + seen);
    }

    private static String query(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Runs in the child JVM: start, write a row, say READY, then wait to be killed. */
    public static final class ChildDatabase {
        public static void main(String[] args) throws Exception {
            var server = EmbeddedPostgresServer.acquire(
                    Path.of(args[0]),
                    new EmbeddedDatabaseProperties(0, false, Duration.ofSeconds(60), 5, "128MB", null));
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres")) {
                c.createStatement().execute("create table kept (v text); insert into kept values ('海运')");
            }
            System.out.println("READY " + server.port());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
