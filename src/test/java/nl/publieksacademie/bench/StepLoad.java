package nl.publieksacademie.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cost of a scenario step under load (issue 15). Against a running server started with
 * {@code -Dpa.sql.count=true} (README, Benchmarks), it signs learners in, warms the JIT up, then measures
 * <ul>
 *   <li>closed loops of N learners (default 50) over REST and over pages (POST answered by a redirect, and the GET),
 *       printing server CPU per step (utime + stime of the server process from {@code /proc/<pid>/stat} over the
 *       window, plus PostgreSQL's processes when there are any), SQL round trips and transactions per step (counted by
 *       the server at the JDBC level), p50/p95/p99 and errors;</li>
 *   <li>a paced run: M learners (default 200) each pausing 5–15 s between choices, half over REST and half over
 *       pages, for a bounded time (default 90 s), with the same figures;</li>
 *   <li>the server's heap after a full GC ({@code jcmd}) and a learner's session size in bytes.</li>
 * </ul>
 * Steps include the attempt starts that follow each ending (a learner goes on with the next scenario). Loopback only.
 * Options: {@code -Dload.url=http://127.0.0.1:8080/ -Dload.learners=50 -Dload.seconds=30 -Dload.warmup=20
 * -Dload.paced=200 -Dload.paced.seconds=90 -Dload.pid=<server pid>} (found by the port when left out). A cluster:
 * {@code -Dload.url} at the balancer, {@code -Dload.pid=<pid>,<pid>} the nodes (CPU is their sum, heap per node) and
 * {@code -Dload.nodes=http://127.0.0.1:8081/,http://127.0.0.1:8082/} where their statements are counted.
 */
public final class StepLoad {

    private static final AtomicLong ERRORS_SHOWN = new AtomicLong();

    public static void main(String[] args) throws Exception {
        URI base = URI.create(System.getProperty("load.url", "http://127.0.0.1:8080/"));
        if (!base.getHost().equals("127.0.0.1") && !base.getHost().equals("localhost")) {
            throw new IllegalArgumentException("The load driver only talks to loopback, not " + base.getHost());
        }
        int learners = Integer.getInteger("load.learners", 50);
        int seconds = Integer.getInteger("load.seconds", 30);
        int warmup = Integer.getInteger("load.warmup", 20);
        int paced = Integer.getInteger("load.paced", 200);
        int pacedSeconds = Integer.getInteger("load.paced.seconds", 90);
        List<Long> pid = new ArrayList<>();
        for (String one : System.getProperty("load.pid", "").split(",")) {
            if (!one.isBlank()) {
                pid.add(Long.parseLong(one.trim()));
            }
        }
        if (pid.isEmpty()) {
            pid.add(serverPid(base.getPort() < 0 ? 80 : base.getPort()));
        }
        System.out.printf(Locale.ROOT, "server pid %s at %s; %d learners closed loop, %d paced%n", pid, base, learners,
                paced);
        List<URI> nodes = new ArrayList<>();
        for (String one : System.getProperty("load.nodes", base.toString()).split(",")) {
            URI node = URI.create(one.trim());
            if (!node.getHost().equals("127.0.0.1") && !node.getHost().equals("localhost")) {
                throw new IllegalArgumentException("The load driver only talks to loopback, not " + node.getHost());
            }
            nodes.add(node);
        }
        Counter counter = new Counter(nodes);
        counter.read();

        int accounts = Math.max(learners, paced);
        PlayerLoad.createLearners(base, accounts);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(learners, paced), r -> {
            Thread thread = new Thread(r);
            thread.setDaemon(true);
            return thread;
        });
        List<PlayerLoad.Client> clients = signIn(base, accounts, pool);
        List<PlayerLoad.Client> closed = clients.subList(0, learners);

        measure("warm-up, REST (not counted)", closed, pool, warmup, PlayerLoad.Client::apiChoice, pid, counter);
        measure("warm-up, pages (not counted)", closed, pool, warmup, PlayerLoad.Client::choice, pid, counter);
        measure("REST step, closed loop", closed, pool, seconds, PlayerLoad.Client::apiChoice, pid, counter);
        measure("page step (POST + GET), closed loop", closed, pool, seconds, PlayerLoad.Client::choice, pid, counter);
        if (paced > 0) {
            List<PlayerLoad.Client> pacing = clients.subList(0, paced);
            // half the learners play over REST, half through the pages (one way each: they share their attempt)
            java.util.Set<PlayerLoad.Client> overRest = java.util.Collections.newSetFromMap(
                    new java.util.IdentityHashMap<>());
            for (int i = 0; i < pacing.size(); i += 2) {
                overRest.add(pacing.get(i));
            }
            measure(paced + " learners, 5-15 s between choices (half REST, half pages)", pacing, pool, pacedSeconds,
                    client -> {
                        Thread.sleep(5_000 + client.random().nextInt(10_001));
                        return overRest.contains(client) ? client.apiChoice() : client.choice();
                    }, pid, counter);
        }
        System.out.println("session of a learner who played through pages: " + closed.get(0).sessionSize());
        for (long one : pid) {
            System.out.println("server " + one + " heap after a full GC: " + heapAfterGc(one));
        }
        pool.shutdownNow();
    }

    static List<PlayerLoad.Client> signIn(URI base, int count, ExecutorService pool) throws Exception {
        long started = System.nanoTime();
        // four at a time: each sign-in hashes the password (PBKDF2 at OWASP's work factor, ~150 ms of CPU)
        ExecutorService signers = Executors.newFixedThreadPool(4);
        List<Future<PlayerLoad.Client>> signing = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            signing.add(signers.submit(() -> PlayerLoad.Client.signIn(base, "load" + n)));
        }
        List<PlayerLoad.Client> clients = new ArrayList<>();
        for (Future<PlayerLoad.Client> f : signing) {
            clients.add(f.get());
        }
        signers.shutdown();
        System.out.printf(Locale.ROOT, "%d learners signed in (%.0f s)%n", count, (System.nanoTime() - started) / 1e9);
        return clients;
    }

    static void measure(String name, List<PlayerLoad.Client> clients, ExecutorService pool, int seconds,
            PlayerLoad.Action action, List<Long> pid, Counter counter) throws Exception {
        // a learner's REST and page clients share their open attempt: each phase starts from where it stands
        clients.forEach(PlayerLoad.Client::reset);
        long[] dbBefore = counter.read();
        long cpuBefore = cpuTicks(pid) + postgresTicks();
        long started = System.nanoTime();
        long end = started + seconds * 1_000_000_000L;
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (PlayerLoad.Client client : clients) {
            futures.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < 1_000_000 && System.nanoTime() < end; i++) {
                    try {
                        times.add(action.perform(client));
                    } catch (IOException | RuntimeException e) {
                        times.add(PlayerLoad.FAILED);
                        if (ERRORS_SHOWN.incrementAndGet() <= 5) {
                            System.out.println("  error: " + e);
                        }
                        client.reset();
                    }
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        long errors = 0;
        for (Future<List<Long>> f : futures) {
            for (long time : f.get()) {
                if (time == PlayerLoad.FAILED) {
                    errors++;
                } else {
                    all.add(time);
                }
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long cpu = cpuTicks(pid) + postgresTicks() - cpuBefore;
        long[] dbAfter = counter.read();
        Collections.sort(all);
        long steps = Math.max(1, all.size() + errors);
        double tick = 1000.0 / 100; // ms per clock tick (USER_HZ = 100 on Linux)
        System.out.printf(Locale.ROOT, "%-60s %6d steps %6.1f/s  CPU %5.2f ms/step  SQL %5.2f/step  tx %4.2f/step  "
                        + "p50 %6.1f  p95 %6.1f  p99 %6.1f ms  %d error(s)%n",
                name, all.size(), all.size() / elapsed, cpu * tick / steps, (dbAfter[0] - dbBefore[0]) / (double) steps,
                (dbAfter[1] - dbBefore[1]) / (double) steps, PlayerLoad.ms(all, 50), PlayerLoad.ms(all, 95),
                PlayerLoad.ms(all, 99), errors);
    }

    /** utime + stime of the server processes, in clock ticks. */
    static long cpuTicks(List<Long> pids) {
        return pids.stream().mapToLong(StepLoad::cpuTicks).sum();
    }

    /** utime + stime of a process, in clock ticks. */
    static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** utime + stime of all PostgreSQL processes (the backends serving the server), in clock ticks. */
    static long postgresTicks() {
        long ticks = 0;
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path dir : dirs.toList()) {
                String name = dir.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit)) {
                    try {
                        String stat = Files.readString(dir.resolve("stat"));
                        if (stat.contains("(postgres)")) {
                            ticks += cpuTicks(Long.parseLong(name));
                        }
                    } catch (IOException gone) {
                        // the process ended meanwhile
                    }
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks;
    }

    /** The pid listening on {@code port}, from {@code ss}. */
    static long serverPid(int port) {
        try {
            Process ss = new ProcessBuilder("ss", "-ltnpH", "sport = :" + port).redirectErrorStream(true).start();
            String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("pid=(\\d+)").matcher(out);
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    static String heapAfterGc(long pid) {
        try {
            new ProcessBuilder("jcmd", String.valueOf(pid), "GC.run").redirectErrorStream(true).start().waitFor();
            Process info = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info").redirectErrorStream(true)
                    .start();
            String out = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(out);
            return m.find() ? Long.parseLong(m.group(2)) / 1024 + " MB used of " + Long.parseLong(m.group(1)) / 1024
                    + " MB" : out.strip();
        } catch (IOException | InterruptedException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** The server's counts of SQL round trips and transactions, read as an admin. */
    static final class Counter {
        private final List<URI> nodes;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
        private static final Pattern NUMBER = Pattern.compile("\"(statements|transactions)\":(\\d+)");

        Counter(List<URI> nodes) {
            this.nodes = nodes;
        }

        /** The sums over the nodes. */
        long[] read() throws IOException, InterruptedException {
            long[] counts = new long[2];
            for (URI node : nodes) {
                long[] one = read(node);
                counts[0] += one[0];
                counts[1] += one[1];
            }
            return counts;
        }

        private long[] read(URI base) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("api/statements"))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("api/statements answered " + response.statusCode()
                        + ": start the server with -Dpa.sql.count=true");
            }
            long[] counts = new long[2];
            Matcher m = NUMBER.matcher(response.body());
            while (m.find()) {
                counts[m.group(1).equals("statements") ? 0 : 1] = Long.parseLong(m.group(2));
            }
            return counts;
        }
    }

    private StepLoad() {}
}
