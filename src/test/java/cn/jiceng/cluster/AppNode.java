package cn.jiceng.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One node of the application: the packaged production jar ({@code target/jiceng-*.jar}, or
 * {@code -Djiceng.it.jar}) started as a child JVM with the {@code mysql} profile on its own port against a
 * {@link ClusterDatabase}, its output in {@code target/cluster-logs/<test>-<node>-<start>.log}. Restartable on
 * the same port and database; {@link #killHard()} is {@code kill -9}.
 */
public final class AppNode implements AutoCloseable {

    /** Printed by the demo login banner on ApplicationReadyEvent, i.e. after every start-up runner. */
    static final String READY_LINE = " Jiceng is running:";
    public static final String ADMIN = "admin";
    public static final String PASSWORD = "Jiceng@2026";

    private final String name;
    private final ClusterDatabase database;
    private final String testName;
    private final int port;
    private final List<String> extraArgs;
    private Process process;
    private Path log;
    private int starts;

    public AppNode(String name, ClusterDatabase database, String testName, String... extraArgs) {
        this.name = name;
        this.database = database;
        this.testName = testName;
        this.port = freePort();
        this.extraArgs = List.of(extraArgs);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }

    public EngineRest rest() {
        return new EngineRest(baseUrl(), ADMIN, PASSWORD);
    }

    /** Launches the JVM without waiting (see {@link #awaitReady}). */
    public synchronized AppNode start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is running");
        }
        starts++;
        try {
            Path logs = Path.of("target", "cluster-logs");
            Files.createDirectories(logs);
            log = logs.resolve(testName + "-" + name + "-" + starts + ".log");
            Path workDir = Path.of("target", "cluster-work", testName + "-" + name);
            Files.createDirectories(workDir);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-Duser.timezone=Asia/Shanghai", "-Djava.awt.headless=true",
                    "-jar", jar().toAbsolutePath().toString(),
                    "--spring.profiles.active=mysql",
                    "--server.port=" + port,
                    // the engine's host name, written into ACT_HI_JOB_LOG.HOSTNAME_ for every job it runs
                    "--camunda.bpm.generic-properties.properties.hostname=" + name,
                    // an idle job executor backs off up to 60 s between acquisitions: the node that started first
                    // then slept while the other took every due timer (seen in CI); both poll every 2 s at most here
                    "--camunda.bpm.job-execution.max-wait=2000"));
            command.addAll(extraArgs);
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("MYSQL_URL", database.url());
            builder.environment().put("MYSQL_USER", cn.jiceng.testsupport.TestDatabase.USER);
            builder.environment().put("MYSQL_PASSWORD", cn.jiceng.testsupport.TestDatabase.PASSWORD);
            builder.environment().remove("SPRING_PROFILES_ACTIVE");
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            process = builder.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /** Waits until the application is ready (after its start-up runners) and the engine REST answers the admin. */
    public AppNode awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!logContains(READY_LINE)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " during start-up:\n" + logTail(60));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " not ready after " + timeout + ":\n" + logTail(60));
            }
            sleep(250);
        }
        int status = rest().status("GET", "/engine-rest/engine");
        if (status != 200) {
            throw new IllegalStateException(name + ": GET /engine-rest/engine answered " + status + " after start-up");
        }
        return this;
    }

    public AppNode startAndAwait() {
        Instant t0 = Instant.now();
        start().awaitReady(Duration.ofMinutes(6));
        System.out.printf("[cluster] %s ready on port %d in %d s (start %d, log %s)%n", name, port,
                Duration.between(t0, Instant.now()).toSeconds(), starts, log);
        return this;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** {@code kill -9}: SIGKILL to the JVM, no shutdown hook, no graceful shutdown, connections cut mid-transaction. */
    public void killHard() {
        ProcessHandle handle = process.toHandle();
        handle.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " (pid " + handle.pid() + ") survived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        System.out.printf("[cluster] %s killed (SIGKILL, exit %d)%n", name, process.exitValue());
    }

    public boolean logContains(String text) {
        try {
            return log != null && Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) { // also a half-written character at the end
            return false;
        }
    }

    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Graceful stop (SIGTERM, then SIGKILL after 60 s). */
    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------ the jar

    /** The packaged application: {@code -Djiceng.it.jar}, else the one {@code target/jiceng-*.jar}. */
    public static Path jar() {
        String configured = System.getProperty("jiceng.it.jar", "");
        if (!configured.isBlank()) {
            return Path.of(configured);
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "jiceng-*.jar")) {
            jars.forEach(found::add);
        } catch (IOException e) {
            // no target folder: no jar
        }
        if (found.size() != 1) {
            return Path.of("target", "jiceng-<version>.jar (found " + found.size() + ")");
        }
        return found.get(0);
    }

    /** Why the jar cannot be used (missing, or a Vaadin development-mode jar), or empty if it can. */
    public static Optional<String> jarProblem() {
        Path jar = jar();
        if (!Files.isRegularFile(jar)) {
            return Optional.of("No packaged jar " + jar + ": build it with ./mvnw -Pproduction -DskipTests package");
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry info = zip.getEntry("META-INF/VAADIN/config/flow-build-info.json");
            String text = info == null ? "" : new String(zip.getInputStream(info).readAllBytes(), StandardCharsets.UTF_8);
            if (!text.replace(" ", "").contains("\"productionMode\":true")) {
                return Optional.of(jar + " is a Vaadin development-mode jar, which does not start outside the checkout:"
                        + " build it with ./mvnw -Pproduction -DskipTests package");
            }
        } catch (IOException e) {
            return Optional.of("Cannot read " + jar + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
