package app.goalpost.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private MariaDB server (the MySQL stand-in, see STACK.md) on a free port that a test can kill and start again,
 * for outage tests. Needs mariadb-install-db / mariadbd on the PATH (or /usr/sbin) and root (mariadbd --user).
 * Fails loudly when it cannot start: tests that need it are only run where it is available (.ci/run).
 */
public final class ThrowawayMariaDb implements AutoCloseable {

    public static final String DATABASE = "goalpost_outage";
    public static final String USER = "goalpost";
    public static final String PASSWORD = "outage-test";

    private final Path dir;
    private final int port;
    private Process server;

    private ThrowawayMariaDb(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    public static ThrowawayMariaDb start() {
        try {
            Path dir = Files.createTempDirectory("goalpost-outage-db");
            run(List.of("chown", "-R", "mysql:mysql", dir.toString()), true);
            run(List.of(binary("mariadb-install-db"), "--no-defaults", "--user=mysql", "--datadir=" + dir.resolve("data"),
                    "--auth-root-authentication-method=normal", "--skip-test-db"), false);
            ThrowawayMariaDb db = new ThrowawayMariaDb(dir, freePort());
            db.startServer();
            run(List.of(binary("mariadb"), "--no-defaults", "--socket=" + db.socket(), "-uroot", "-e",
                    "CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                            + "CREATE USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "';"
                            + "GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'127.0.0.1';"), false);
            return db;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start a throwaway MariaDB", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE + "?useSSL=false&allowPublicKeyRetrieval=true";
    }

    /** The server process ends at once, as in a crash (SIGKILL): no clean shutdown, connections just break. */
    public void kill() {
        server.destroyForcibly();
        try {
            server.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the server again on the same data and port (InnoDB recovers), and waits until it answers. */
    public void startServer() {
        try {
            List<String> cmd = new ArrayList<>(List.of(binary("mariadbd"), "--no-defaults", "--user=mysql",
                    "--datadir=" + dir.resolve("data"), "--socket=" + socket(), "--bind-address=127.0.0.1",
                    "--port=" + port, "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
                    "--sql-mode=ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
                            + "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION"));
            server = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("server.log").toFile()).start();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (Instant.now().isBefore(deadline)) {
                if (!server.isAlive()) {
                    throw new IllegalStateException("mariadbd exited: " + Files.readString(dir.resolve("server.log")));
                }
                if (run(List.of(binary("mariadb-admin"), "--no-defaults", "--socket=" + socket(), "-uroot", "ping"),
                        true) == 0) {
                    return;
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("mariadbd did not answer within 60 s");
        } catch (IOException e) {
            throw new IllegalStateException("Could not start mariadbd", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            kill();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }

    private String socket() {
        return dir.resolve("sock").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String binary(String name) {
        for (String d : new String[] {"/usr/bin", "/usr/sbin", "/usr/local/bin"}) {
            if (new File(d, name).canExecute()) {
                return d + "/" + name;
            }
        }
        throw new IllegalStateException(name + " not found: install mariadb-server (apt-get install -y mariadb-server)");
    }

    private static int run(List<String> cmd, boolean mayFail) throws IOException {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            int code = p.waitFor();
            if (code != 0 && !mayFail) {
                throw new IllegalStateException(String.join(" ", cmd) + " failed (" + code + "): " + out);
            }
            return code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
