package nl.publieksacademie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The cluster on PostgreSQL, as an academy would run it: Payara Micro nodes started by the test from the built WAR
 * (not Arquillian), nginx in front, learners playing over the REST API with a session cookie each. A node is killed
 * with SIGKILL in the middle of it. Runs in the PostgreSQL phase of CI ({@code -Ppostgres}); without PostgreSQL it
 * fails, it never skips. Ports 18500-18599 (nginx 18500, nodes 18501-18503, Hazelcast 18510-18511).
 */
class ClusterIT {

    private static final int NGINX = 18500;
    private static final List<Integer> HAZELCAST = List.of(18510, 18511);
    private static final List<String> SCENARIOS = List.of("paspoort-verlopen", "identiteitskaart-afhalen",
            "keukentafel-wmo", "telefoon-van-het-kastje");
    private static final Duration BOOT = Duration.ofSeconds(240);

    /**
     * Two clustered nodes behind nginx, 50 learners. Node 2 is killed mid-load: its learners go on with their
     * session on node 1, the only errors are requests in flight at the kill, every acknowledged step is stored once.
     * Node 2 comes back, rejoins and takes load again. Changes made on one node are seen on the other within a second.
     */
    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void aClusterSurvivesTheDeathOfANode() throws Exception {
        Database db = Database.fromSystemProperties();
        Path work = Files.createTempDirectory("pa-cluster-it");
        String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
        Node one = new Node("node1", 18501, HAZELCAST, work);
        Node two = new Node("node2", 18502, List.of(HAZELCAST.get(1), HAZELCAST.get(0)), work);
        Process nginx = null;
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            // one after the other: each node imports the content and bootstraps the accounts at start-up
            long began = System.currentTimeMillis();
            one.start().awaitReady(BOOT);
            phase(began, "node 1 ready");
            two.start().awaitReady(BOOT);
            phase(began, "node 2 ready");
            nginx = Node.nginx(NGINX, List.of(one, two), work, Set.of());
            URI lb = URI.create("http://127.0.0.1:" + NGINX + "/");
            awaitAnswer(lb);

            changesOnOneNodeAreSeenOnTheOtherWithinASecond(one, two, run, db);

            phase(began, "changes seen across the cluster");
            List<Learner> learners = createLearners(lb, run, 50);
            phase(began, "50 learners created");
            Load load = new Load(learners, pool);
            load.signIn();
            load.start();
            // fifty sign-ins (a costly password hash each) first; then some load on both nodes
            long signedIn = System.currentTimeMillis() + 180_000;
            while (load.servedBy(":" + two.port()) == 0 && System.currentTimeMillis() < signedIn) {
                Thread.sleep(500);
            }
            Thread.sleep(6_000);
            int servedByTwo = load.servedBy(":" + two.port());
            assertTrue(servedByTwo > 0, "nginx spreads the learners over both nodes");

            phase(began, "learners playing on both nodes");
            long killedAt = System.currentTimeMillis();
            two.kill();
            Thread.sleep(8_000);
            // restarted out of the balancer (a booting node answers 500 until the application is deployed)
            nginx = reload(nginx, NGINX, List.of(one, two), work, Set.of(two));
            long backAt = System.currentTimeMillis();
            two.start().awaitReady(BOOT);
            long readyAt = System.currentTimeMillis();
            phase(began, "node 2 restarted");
            nginx = reload(nginx, NGINX, List.of(one, two), work, Set.of());
            int beforeRejoin = load.servedBy(":" + two.port());
            Thread.sleep(8_000);
            int afterRejoin = load.servedBy(":" + two.port()) - beforeRejoin;
            load.stop();

            Report report = load.report();
            System.out.printf("cluster: %d acknowledged steps, %d errors, %d re-sign-ins, %d resent after nginx's "
                    + "reload, node 2 down %.1f s, %d requests on node 2 after it rejoined%n", report.acknowledged,
                    report.errors.size(), report.signIns, report.resent, (readyAt - killedAt) / 1000.0, afterRejoin);
            assertEquals(0, report.signIns, "learners of the dead node went on with their session");
            List<Long> late = report.errors.stream().filter(e -> e.startedAt() > killedAt + 3_000
                    && e.startedAt() < backAt).map(Failure::startedAt).toList();
            assertEquals(List.of(), late, "only requests in flight at the kill fail: " + report.errors);
            assertTrue(report.errors.size() <= learners.size(), "at most one request in flight per learner: "
                    + report.errors);
            assertTrue(afterRejoin > 0, "the restarted node takes load again");
            assertStoredExactlyOnce(db, report);
        } finally {
            pool.shutdownNow();
            if (nginx != null) {
                nginx.destroy();
            }
            one.stop();
            two.stop();
        }
    }

    /**
     * The crash test: one node, 20 learners, killed with SIGKILL and started again five times. Every acknowledged
     * step is stored, none twice. (Alone, a node keeps its sessions in memory: after a restart the learners sign in
     * again.)
     */
    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void aNodeKilledFiveTimesLosesNoAcknowledgedStep() throws Exception {
        Database db = Database.fromSystemProperties();
        Path work = Files.createTempDirectory("pa-crash-it");
        String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
        Node node = new Node("crash", 18503, List.of(), work);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            node.start().awaitReady(BOOT);
            List<Learner> learners = createLearners(node.base(), "c" + run, 20);
            Load load = new Load(learners, pool);
            load.signIn();
            load.start();
            long began = System.currentTimeMillis();
            for (int crash = 0; crash < 5; crash++) {
                // the learners play on the (re)started node first: twenty more acknowledged steps, then the kill
                int before = load.acknowledgedSoFar();
                long playing = System.currentTimeMillis() + 90_000;
                while (load.acknowledgedSoFar() < before + 20 && System.currentTimeMillis() < playing) {
                    Thread.sleep(200);
                }
                node.kill();
                long killed = System.currentTimeMillis();
                node.start().awaitReady(BOOT);
                phase(began, "restart " + (crash + 1) + " took " + (System.currentTimeMillis() - killed) / 1000 + " s");
            }
            Thread.sleep(4_000);
            load.stop();
            Report report = load.report();
            System.out.printf("crash: %d acknowledged steps, %d errors, %d re-sign-ins%n", report.acknowledged,
                    report.errors.size(), report.signIns);
            assertTrue(report.acknowledged > 20, "the learners played: " + report.acknowledged + "; errors: "
                    + report.errors.subList(0, Math.min(5, report.errors.size())));
            assertStoredExactlyOnce(db, report);
        } finally {
            pool.shutdownNow();
            node.stop();
        }
    }

    private void changesOnOneNodeAreSeenOnTheOtherWithinASecond(Node one, Node two, String run, Database db)
            throws Exception {
        // an account deactivated on node 2 is refused on node 1 within a second (node 1 kept its stamp in memory)
        Learner learner = createLearners(one.base(), "x" + run, 1).get(0);
        JsonObject started = learner.start(SCENARIOS.get(0));
        long attempt = started.getJsonNumber("attempt").longValue();
        assertEquals(200, learner.at(two.base()).current(attempt).statusCode(),
                "the session signed in on node 1 is known on node 2");
        assertEquals(200, learner.at(one.base()).current(attempt).statusCode());
        long id = -1;
        HttpResponse<String> all = new Http(two.base()).basic("admin", "demo").get("api/staff");
        for (var v : Json.createReader(new StringReader(all.body())).readArray()) {
            if (v.asJsonObject().getString("username").equals(learner.name)) {
                id = v.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        HttpResponse<String> deactivated = new Http(two.base()).basic("admin", "demo").delete("api/staff/" + id);
        assertEquals(200, deactivated.statusCode(), deactivated.body());
        long changedAt = System.nanoTime();
        int status = 200;
        while (System.nanoTime() - changedAt < 1_000_000_000L) {
            status = learner.at(one.base()).current(attempt).statusCode();
            if (status == 401) {
                break;
            }
            Thread.sleep(50);
        }
        assertEquals(401, status, "deactivated on node 2, still let in by node 1 a second later");

        // a scenario published on node 1 is what a new attempt on node 2 gets
        Http trainer = new Http(one.base()).basic("trainer", "demo");
        String slug = SCENARIOS.get(3);
        String source = trainer.get("api/scenarios/" + slug + ".yaml").body();
        HttpResponse<String> published = trainer.post("api/scenarios", "application/yaml",
                source.replaceFirst("(?m)^title: (.*)$", "title: $1 (" + run + ")"));
        assertEquals(201, published.statusCode(), published.body());
        int version = Http.object(published).getInt("version");
        Learner other = createLearners(two.base(), "y" + run, 1).get(0);
        other.start(SCENARIOS.get(0)); // signed in on node 2; then, at once, the published scenario
        JsonObject onTwo = other.start(slug);
        assertEquals(version, onTwo.getInt("version"), "a new attempt on node 2 plays the version published on 1");
        // the shipped text again, for the tests that run after this one on the same database
        assertEquals(201, trainer.post("api/scenarios", "application/yaml", source).statusCode());
    }

    private static void phase(long began, String what) {
        System.out.printf("cluster test, %5.1f s: %s%n", (System.currentTimeMillis() - began) / 1000.0, what);
    }

    // --- the load -----------------------------------------------------------------------------------------------

    private static List<Learner> createLearners(URI base, String run, int count) throws Exception {
        // the admin signs in once and goes on with the session (a password hash per request would cost seconds)
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
        List<Learner> learners = new ArrayList<>();
        boolean signedIn = false;
        for (int i = 0; i < count; i++) {
            String name = "cl" + run + "n" + i;
            String body = "{\"fullName\":\"Cluster Learner " + i + "\",\"email\":\"" + name + "@cluster.test\","
                    + "\"username\":\"" + name + "\",\"jobRole\":\"baliemedewerker\",\"roles\":[\"learner\"],"
                    + "\"active\":true,\"password\":\"cluster-password-" + i + "\"}";
            HttpResponse<String> created = null;
            for (int tries = 0; tries < 2 && (created == null || created.statusCode() == 401); tries++) {
                HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("api/staff"))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(body));
                if (!signedIn || tries > 0) {
                    request.header("Authorization", auth);
                }
                created = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            }
            assertEquals(201, created.statusCode(), created.body());
            signedIn = true;
            learners.add(new Learner(base, name, "cluster-password-" + i, i));
        }
        return learners;
    }

    /** A request that failed: when it started, and how. */
    record Failure(long startedAt, String what) {}

    /** What the learners saw. */
    static final class Report {
        final Map<Long, Set<Integer>> acked = new ConcurrentHashMap<>();
        final List<Failure> errors = Collections.synchronizedList(new ArrayList<>());
        int acknowledged;
        int signIns;
        int resent;
        int unacknowledgedStored;
    }

    /** The learners, each in its own thread, playing until stopped (bounded in steps and time). */
    static final class Load {
        private final List<Learner> learners;
        private final ExecutorService pool;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Future<?>> futures = new ArrayList<>();
        private final Report report = new Report();

        Load(List<Learner> learners, ExecutorService pool) {
            this.learners = learners;
            this.pool = pool;
        }

        /**
         * Each learner signs in and starts a first attempt, one after the other, as people arrive at work; not all
         * fifty password checks at the same moment.
         */
        void signIn() {
            learners.forEach(learner -> learner.play(report));
        }

        void start() {
            long end = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(10);
            for (Learner learner : learners) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 100_000 && running.get() && System.currentTimeMillis() < end; i++) {
                        learner.play(report);
                        try {
                            Thread.sleep(500 + learner.random.nextInt(1000)); // about 50 steps a second in all
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }));
            }
        }

        int servedBy(String upstream) {
            return learners.stream().mapToInt(l -> l.servedBy(upstream)).sum();
        }

        int acknowledgedSoFar() {
            return learners.stream().mapToInt(l -> l.acked.values().stream().mapToInt(Set::size).sum()).sum();
        }

        void stop() throws Exception {
            running.set(false);
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        }

        Report report() {
            for (Learner l : learners) {
                report.signIns += l.signIns - 1;
                report.resent += l.resent;
                l.acked.forEach((attempt, steps) -> report.acked.computeIfAbsent(attempt, a -> new TreeSet<>())
                        .addAll(steps));
            }
            report.acknowledged = report.acked.values().stream().mapToInt(Set::size).sum();
            return report;
        }
    }

    /** One learner with a cookie jar: signs in once (Basic on the first request), then goes on with the session. */
    static final class Learner {
        private final String name;
        private final String password;
        private final Random random;
        private URI base;
        private final CookieManager cookies;
        private final HttpClient http;
        private final Map<Long, Set<Integer>> acked = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> upstreams = new ConcurrentHashMap<>();
        private boolean signedIn;
        private int signIns;
        private int resent;
        private JsonObject state;

        Learner(URI base, String name, String password, int seed) {
            this(base, name, password, seed, new CookieManager());
        }

        private Learner(URI base, String name, String password, int seed, CookieManager cookies) {
            this.base = base;
            this.name = name;
            this.password = password;
            this.random = new Random(seed);
            this.cookies = cookies;
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        }

        /** The same learner and session, talking to another address (a node directly). */
        Learner at(URI other) {
            Learner same = new Learner(other, name, password, 0, cookies);
            same.signedIn = true;
            return same;
        }

        JsonObject start(String scenario) throws IOException, InterruptedException {
            HttpResponse<String> r = post("api/attempts", "{\"scenario\":\"" + scenario + "\"}");
            if (r.statusCode() != 200) {
                throw new IllegalStateException(name + ": start answered " + r.statusCode() + " " + r.body());
            }
            return Json.createReader(new StringReader(r.body())).readObject();
        }

        HttpResponse<String> current(long attempt) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(base.resolve("api/attempts/" + attempt)).GET());
        }

        int servedBy(String upstream) {
            AtomicInteger n = upstreams.get(upstream);
            return n == null ? 0 : n.get();
        }

        /** One step of play: start an attempt when none is open, else answer the current step. */
        void play(Report report) {
            long started = System.currentTimeMillis();
            try {
                if (state == null || state.getBoolean("finished") || state.getJsonArray("choices").isEmpty()) {
                    HttpResponse<String> r = post("api/attempts", "{\"scenario\":\""
                            + SCENARIOS.get(random.nextInt(SCENARIOS.size())) + "\"}");
                    if (r.statusCode() == 200) {
                        state = json(r);
                    } else {
                        failed(report, started, "start " + r.statusCode());
                    }
                    return;
                }
                long attempt = state.getJsonNumber("attempt").longValue();
                int step = state.getInt("step");
                JsonArray choices = state.getJsonArray("choices");
                String choice = choices.getJsonObject(random.nextInt(choices.size())).getString("id");
                HttpResponse<String> r = post("api/attempts/" + attempt + "/steps",
                        "{\"step\":" + step + ",\"choice\":\"" + choice + "\"}");
                if (r.statusCode() == 200) {
                    acked.computeIfAbsent(attempt, a -> ConcurrentHashMap.newKeySet()).add(step + 1);
                    state = json(r);
                } else if (r.statusCode() == 409) {
                    state = json(r); // a step stored without its answer reaching us: play on from where it stands
                } else {
                    failed(report, started, "step " + r.statusCode() + " " + r.body());
                    resync(attempt);
                }
            } catch (IOException e) {
                failed(report, started, e.toString());
                if (state != null) {
                    try {
                        resync(state.getJsonNumber("attempt").longValue());
                    } catch (IOException | InterruptedException again) {
                        // the next round tries again
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void failed(Report report, long started, String what) {
            report.errors.add(new Failure(started, name + ": " + what));
        }

        private void resync(long attempt) throws IOException, InterruptedException {
            HttpResponse<String> r = current(attempt);
            if (r.statusCode() == 200) {
                state = json(r);
            }
        }

        private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            request.timeout(Duration.ofSeconds(30));
            if (!signedIn) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            HttpRequest built = request.build();
            HttpResponse<String> r;
            try {
                r = http.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (IOException closed) {
                // nginx's reload (HUP) closes idle keep-alive connections; a request sent on one at that moment gets
                // no byte of answer and was never read. A browser sends it again on a new connection; so does this.
                if (closed.getMessage() == null || !closed.getMessage().contains("received no bytes")) {
                    throw closed;
                }
                resent++;
                r = http.send(built, HttpResponse.BodyHandlers.ofString());
            }
            r.headers().firstValue("X-Upstream").ifPresent(u -> upstreams.computeIfAbsent(
                    u.lastIndexOf(':') < 0 ? u : u.substring(u.lastIndexOf(':')), k -> new AtomicInteger())
                    .incrementAndGet()); // "academy" when nginx found no live node
            if (r.statusCode() == 401 && signedIn) {
                signedIn = false; // the session was lost: sign in again (counted)
            } else if (!signedIn && r.statusCode() / 100 == 2) {
                signedIn = true;
                signIns++;
            }
            return r;
        }

        private static JsonObject json(HttpResponse<String> r) {
            return Json.createReader(new StringReader(r.body())).readObject();
        }
    }

    // --- checks in the database -----------------------------------------------------------------------------------

    private static void assertStoredExactlyOnce(Database db, Report report) throws SQLException {
        List<String> problems = new ArrayList<>();
        int stored = 0;
        try (Connection c = db.connect();
             PreparedStatement steps = c.prepareStatement(
                     "SELECT step_no, COUNT(*) FROM attempt_step WHERE attempt_id = ? GROUP BY step_no");
             PreparedStatement attempt = c.prepareStatement("SELECT step FROM attempt WHERE id = ?")) {
            for (var entry : report.acked.entrySet()) {
                Set<Integer> found = new TreeSet<>();
                steps.setLong(1, entry.getKey());
                try (ResultSet rs = steps.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getInt(1));
                        if (rs.getInt(2) != 1) {
                            problems.add("attempt " + entry.getKey() + " step " + rs.getInt(1) + " stored "
                                    + rs.getInt(2) + " times");
                        }
                    }
                }
                stored += found.size();
                if (!found.containsAll(entry.getValue())) {
                    Set<Integer> missing = new TreeSet<>(entry.getValue());
                    missing.removeAll(found);
                    problems.add("attempt " + entry.getKey() + ": acknowledged steps " + missing + " not stored");
                }
                attempt.setLong(1, entry.getKey());
                try (ResultSet rs = attempt.executeQuery()) {
                    rs.next();
                    int max = found.stream().mapToInt(Integer::intValue).max().orElse(0);
                    if (rs.getInt(1) != max || found.size() != max) {
                        problems.add("attempt " + entry.getKey() + " stands at step " + rs.getInt(1) + " with steps "
                                + found);
                    }
                }
            }
        }
        System.out.printf("%d acknowledged steps, %d stored in those attempts%n", report.acknowledged, stored);
        assertEquals(List.of(), problems);
        assertTrue(stored - report.acknowledged <= report.errors.size() + report.acked.size(),
                "steps stored without an answer are those of failed or answered-409 requests");
    }

    /** The PostgreSQL database the nodes use, from the options the postgres profile gives them, made anew. */
    record Database(String url, String user, String password) {
        static Database fromSystemProperties() {
            String options = System.getProperty("pa.it.db", "");
            String url = Deployments.option("pa.db.url");
            if (url == null || !url.startsWith("jdbc:postgresql:")) {
                fail("ClusterIT runs on PostgreSQL only: run it with -Ppostgres (pa.it.db is '" + options + "')");
            }
            Database db = new Database(url, Deployments.option("pa.db.user"), Deployments.option("pa.db.password"));
            try {
                TestDatabases.recreate(url, db.user(), db.password());
                return db;
            } catch (IllegalStateException e) {
                return fail("PostgreSQL is not reachable at " + url + " (start it: pg_ctlcluster 15 main start): "
                        + e.getMessage());
            }
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    // --- nginx ----------------------------------------------------------------------------------------------------

    private static Process reload(Process nginx, int port, List<Node> nodes, Path work, Set<Node> down)
            throws Exception {
        Node.nginxConfig(port, nodes, work, down);
        new ProcessBuilder("kill", "-HUP", Long.toString(nginx.pid())).start().waitFor();
        Thread.sleep(500);
        return nginx;
    }

    private static void awaitAnswer(URI lb) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < 40; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(lb.resolve("login.xhtml")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // nginx starting
            }
            Thread.sleep(250);
        }
        fail("nginx does not answer on " + lb);
    }
}
