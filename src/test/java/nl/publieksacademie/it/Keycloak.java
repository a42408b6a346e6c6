package nl.publieksacademie.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak on loopback for the single sign-on tests: the {@code keycloak-quarkus-dist} zip that Maven unpacks
 * into {@code target/keycloak} ({@code pa.keycloak.home}), run with Java 21+ ({@code pa.keycloak.java}) in
 * {@code start-dev} mode with a fresh database and the realm {@code gemeente} imported from
 * {@code src/test/resources/keycloak/gemeente-realm.json}. Started once per test class, stopped after it.
 */
public final class Keycloak implements AutoCloseable {

    public static final int PORT = 18780;
    static final int MANAGEMENT_PORT = 18781;
    public static final String REALM = "gemeente";
    public static final String ISSUER = "http://127.0.0.1:" + PORT + "/realms/" + REALM;
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-test-only";
    static final Duration READY_WITHIN = Duration.ofSeconds(600);

    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Duration startTime;

    private Keycloak(Process process, Duration startTime) {
        this.process = process;
        this.startTime = startTime;
    }

    /** Starts Keycloak and waits (bounded) until the realm answers its discovery document. */
    public static Keycloak start() throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("pa.keycloak.home", "target/keycloak/keycloak-26.5.6"));
        Path java = Path.of(System.getProperty("pa.keycloak.java", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak at " + home + ": run mvn verify (pre-integration-test unpacks it)");
        }
        if (!Files.isExecutable(java.resolve("bin/java"))) {
            throw new IllegalStateException("Keycloak needs Java 21+; none at " + java + " (set -Dpa.keycloak.java)");
        }
        for (int port : new int[] {PORT, MANAGEMENT_PORT}) {
            if (listening(port)) {
                throw new IllegalStateException("Port " + port + " is taken: is another Keycloak still running?");
            }
        }
        Path data = home.resolve("data");
        deleteTree(data.resolve("h2"));
        Files.createDirectories(data.resolve("import"));
        Files.copy(Path.of("src/test/resources/keycloak/gemeente-realm.json"), data.resolve("import/gemeente-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + PORT, "--http-management-port=" + MANAGEMENT_PORT,
                "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(new File("target/keycloak.log"));
        builder.environment().put("JAVA_HOME", java.toString());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        // a test server: the quick compiler only, which starts faster on two shared cores
        builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        long started = System.nanoTime();
        Process process = builder.start();
        Keycloak keycloak = new Keycloak(process, null);
        long deadline = started + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak ended with " + process.exitValue() + ": see target/keycloak.log");
            }
            if (keycloak.ready()) {
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                System.out.println("Keycloak ready after " + took.toMillis() + " ms");
                return new Keycloak(process, took);
            }
            Thread.sleep(500);
        }
        keycloak.close();
        throw new IllegalStateException("Keycloak not ready within " + READY_WITHIN + ": see target/keycloak.log");
    }

    public Duration startTime() {
        return startTime;
    }

    private boolean ready() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(ISSUER + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** An access token of a client with the client-credentials grant. */
    public String clientToken(String clientId, String secret) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(ISSUER + "/protocol/openid-connect/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        if (response.statusCode() != 200) {
            throw new AssertionError("token for " + clientId + ": " + response.statusCode() + " " + response.body());
        }
        return object(response.body()).getString("access_token");
    }

    /** Takes {@code username} out of {@code group} through the admin REST API. */
    public void removeFromGroup(String username, String group) {
        String user = userId(username);
        String groupId = admin("GET", "/groups?search=" + URLEncoder.encode(group, StandardCharsets.UTF_8) + "&exact=true")
                .getJsonObject(0).getString("id");
        HttpResponse<String> response = send(adminRequest("/users/" + user + "/groups/" + groupId).DELETE());
        if (response.statusCode() != 204) {
            throw new AssertionError("remove " + username + " from " + group + ": " + response.statusCode());
        }
    }

    /** The user's open sessions at Keycloak. */
    public int sessions(String username) {
        return admin("GET", "/users/" + userId(username) + "/sessions").size();
    }

    private String userId(String username) {
        return admin("GET", "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8))
                .getJsonObject(0).getString("id");
    }

    private JsonArray admin(String method, String path) {
        HttpResponse<String> response = send(adminRequest(path).method(method, HttpRequest.BodyPublishers.noBody()));
        if (response.statusCode() != 200) {
            throw new AssertionError(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private HttpRequest.Builder adminRequest(String path) {
        HttpResponse<String> token = send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + PORT + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=" + ADMIN
                        + "&password=" + ADMIN_PASSWORD)));
        if (token.statusCode() != 200) {
            throw new AssertionError("admin token: " + token.statusCode() + " " + token.body());
        }
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + object(token.body()).getString("access_token"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("Keycloak request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    /** Stops Keycloak (the script and the Java process it started), forcibly after 30 s. */
    @Override
    public void close() {
        java.util.List<ProcessHandle> all = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (ProcessHandle handle : all) {
            while (handle.isAlive() && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        all.forEach(ProcessHandle::destroyForcibly);
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
