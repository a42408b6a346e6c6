package nl.publieksacademie.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load driver for the scenario player. Against a server started with the README's start command (demo mode),
 * it creates N learner accounts over the REST API, signs each in through the login page, and lets them play
 * scenarios in a closed loop through the real pages: a measured "choice" is the form POST and the GET it redirects
 * to (the next turn's page, or at an ending the debrief). Then the same N clients fetch a
 * static page of about the same size from the same server, as the floor. Loopback only; bounded in time. A choice
 * the server answers 503 (the database stayed busy through its retries) is counted as an error, not as a time.
 *
 * <p>Run: {@code mvn -B -Pload test -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false} with optional
 * {@code -Dload.learners=50 -Dload.seconds=60 -Dload.base=http://127.0.0.1:8080/}.
 */
public final class PlayerLoad {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern CHOICE =
            Pattern.compile("<button type=\"submit\" name=\"([^\"]+)\" value=\"([^\"]*)\" class=\"pa-choice\"");
    private static final Pattern STEP = Pattern.compile("name=\"step\" value=\"(\\d+)\"");
    private static final List<String> SCENARIOS = List.of("paspoort-verlopen", "identiteitskaart-afhalen",
            "keukentafel-wmo", "telefoon-van-het-kastje", "digid-geblokkeerd", "eerst-chat-dan-bellen",
            "met-de-tolk-aan-tafel", "dreiging-aan-de-balie", "nagesprek-met-de-teamleider");

    public static void main(String[] args) throws Exception {
        URI base = URI.create(System.getProperty("load.base", "http://127.0.0.1:8080/"));
        if (!base.getHost().equals("127.0.0.1") && !base.getHost().equals("localhost")) {
            throw new IllegalArgumentException("The load driver only talks to loopback, not " + base.getHost());
        }
        int learners = Integer.getInteger("load.learners", 50);
        int seconds = Integer.getInteger("load.seconds", 60);
        System.out.printf(Locale.ROOT, "%d learners, %d s per phase, against %s%n", learners, seconds, base);

        createLearners(base, learners);
        List<Client> clients = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(learners, r -> {
            Thread thread = new Thread(r);
            thread.setDaemon(true);
            return thread;
        });
        List<Future<Client>> signedIn = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            int n = i;
            signedIn.add(pool.submit(() -> Client.signIn(base, "load" + n)));
        }
        for (Future<Client> f : signedIn) {
            clients.add(f.get());
        }
        System.out.println("all signed in");

        run("warm-up (not counted)", clients, pool, Math.min(15, seconds), Client::choice);
        int think = Integer.getInteger("load.think", 2000);
        run("choice while learners read (" + think / 2 + "-" + 3 * think / 2 + " ms between choices)", clients, pool,
                seconds, c -> c.afterReading(think));
        Stats choices = run("choice: POST answered with the next node", clients, pool, seconds, Client::choice);
        Stats api = run("choice over the API: POST answered with JSON", clients, pool, seconds, Client::apiChoice);
        Stats floor = run("static page of the same size (floor)", clients, pool, seconds, Client::floor);
        System.out.printf(Locale.ROOT, "choice throughput is %.0f%% (pages) and %.0f%% (API) of the static floor%n",
                100.0 * choices.throughput() / floor.throughput(), 100.0 * api.throughput() / floor.throughput());
        pool.shutdownNow();
    }

    /** Answers the time a measured request took, or {@link #FAILED} when the server refused it (503). */
    interface Action {
        long perform(Client client) throws IOException, InterruptedException;
    }

    /** What an action answers for a request the server turned away: counted as an error, not as a time. */
    static final long FAILED = -1;

    record Stats(double throughput, long count, long errors) {}

    static Stats run(String name, List<Client> clients, ExecutorService pool, int seconds, Action action)
            throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<List<Long>>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (Client client : clients) {
            futures.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < 1_000_000 && System.nanoTime() < end; i++) {
                    times.add(action.perform(client));
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        long errors = 0;
        for (Future<List<Long>> f : futures) {
            for (long time : f.get()) {
                if (time == FAILED) {
                    errors++;
                } else {
                    all.add(time);
                }
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        Collections.sort(all);
        double throughput = all.size() / elapsed;
        System.out.printf(Locale.ROOT,
                "%-50s %7d requests  %7.1f /s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  %d error(s) (503)%n",
                name, all.size(), throughput, ms(all, 50), ms(all, 95), ms(all, 99), errors);
        return new Stats(throughput, all.size(), errors);
    }

    static double ms(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100)) / 1e6;
    }

    static void createLearners(URI base, int count) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
        int created = 0;
        for (int i = 0; i < count; i++) {
            String body = "{\"fullName\":\"Load Learner " + i + "\",\"email\":\"load" + i + "@load.test\","
                    + "\"username\":\"load" + i + "\",\"jobRole\":\"baliemedewerker\",\"roles\":[\"learner\"],"
                    + "\"active\":true,\"password\":\"load-password-" + i + "\"}";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("api/staff"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            created += response.statusCode() / 100 == 2 ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "%d learner accounts created (%d existed)%n", created, count - created);
    }

    /** One simulated learner with its own session. */
    static final class Client {
        private final URI base;
        private final HttpClient http;
        private final Random random;
        private String page;
        private String scenario;
        private String name;

        private Client(URI base, int seed) {
            this.base = base;
            // HTTP/1.1 as browsers speak it over plain http (they never use cleartext HTTP/2)
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
            this.random = new Random(seed);
        }

        static Client signIn(URI base, String username) throws IOException, InterruptedException {
            Client client = new Client(base, username.hashCode());
            client.name = username;
            String login = client.get("login.xhtml").body();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("login", "login");
            form.put("login:username", username);
            form.put("login:password", "load-password-" + username.substring(4));
            form.put("login:submit", "");
            form.put("jakarta.faces.ViewState", find(VIEW_STATE, login));
            form.put("primefaces.nonce", find(NONCE, login));
            HttpResponse<String> answer = client.post("login.xhtml", form);
            if (answer.statusCode() != 302) {
                throw new IllegalStateException("sign-in of " + username + " answered " + answer.statusCode());
            }
            client.open();
            return client;
        }

        private void open() throws IOException, InterruptedException {
            scenario = SCENARIOS.get(random.nextInt(SCENARIOS.size()));
            HttpResponse<String> opened = get("learner/play.xhtml?scenario=" + scenario);
            page = opened.headers().firstValue("Location").isPresent()
                    ? follow(opened.headers().firstValue("Location").get()).body() : opened.body();
        }

        Random random() {
            return random;
        }

        /** After a failed request: start again from a fresh turn on the next choice. */
        void reset() {
            page = "";
            state = null;
        }

        /** The size of this learner's session as the server serializes it ({@code -Dpa.sql.count=true} only). */
        String sessionSize() throws IOException, InterruptedException {
            return get("api/statements/session").body();
        }

        /** Waits as a learner reads the turn (between half and one and a half {@code think}), then chooses. */
        long afterReading(int think) throws IOException, InterruptedException {
            Thread.sleep(think / 2 + random.nextInt(think + 1));
            return choice();
        }

        /** Takes a random choice on the current page; answers the time to the next node's HTML. */
        long choice() throws IOException, InterruptedException {
            List<String[]> choices = new ArrayList<>();
            Matcher m = CHOICE.matcher(page);
            while (m.find()) {
                choices.add(new String[] {m.group(1), m.group(2)});
            }
            if (choices.isEmpty()) {
                open();
                return choice();
            }
            String[] pick = choices.get(random.nextInt(choices.size()));
            Map<String, String> form = new LinkedHashMap<>();
            form.put("choose", "choose");
            form.put("step", find(STEP, page));
            form.put(pick[0], unescape(pick[1]));
            form.put("jakarta.faces.ViewState", find(VIEW_STATE, page));
            form.put("primefaces.nonce", find(NONCE, page));
            long start = System.nanoTime();
            HttpResponse<String> posted = post("learner/play.xhtml", form);
            if (posted.statusCode() == 503) {
                // the database stayed busy through the server's retries: nothing stored, an error, not a time
                open();
                return FAILED;
            }
            String location = posted.headers().firstValue("Location").orElseThrow(() ->
                    new IllegalStateException(name + ": a choice answered " + posted.statusCode() + " "
                            + heading(posted.body())));
            HttpResponse<String> next = follow(location);
            long took = System.nanoTime() - start;
            if (location.contains("/learner/debrief.xhtml")) {
                open();
            } else {
                page = next.body();
            }
            return took;
        }

        /** The GET of a redirect's target (post/redirect/get: every choice is answered with one). */
        private HttpResponse<String> follow(String location) throws IOException, InterruptedException {
            URI next = URI.create(location);
            return get(next.getRawPath().substring(1) + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery()));
        }

        private jakarta.json.JsonObject state;

        /** Takes a random choice through the REST API with the session cookie; answers the time of the POST. */
        long apiChoice() throws IOException, InterruptedException {
            if (state == null || state.getBoolean("finished") || state.getJsonArray("choices").isEmpty()) {
                state = json(postJson("api/attempts", "{\"scenario\":\""
                        + SCENARIOS.get(random.nextInt(SCENARIOS.size())) + "\"}"));
            }
            var choices = state.getJsonArray("choices");
            String choice = choices.getJsonObject(random.nextInt(choices.size())).getString("id");
            long start = System.nanoTime();
            HttpResponse<String> answer = postJson("api/attempts/" + state.getJsonNumber("attempt").longValue()
                    + "/steps", "{\"step\":" + state.getInt("step") + ",\"choice\":\"" + choice + "\"}");
            long took = System.nanoTime() - start;
            if (answer.statusCode() == 503) {
                state = null;
                return FAILED;
            }
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(name + ": an API choice answered " + answer.statusCode() + " " + answer.body());
            }
            state = json(answer);
            return took;
        }

        private static jakarta.json.JsonObject json(HttpResponse<String> response) {
            return jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readObject();
        }

        private HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        long floor() throws IOException, InterruptedException {
            long start = System.nanoTime();
            HttpResponse<String> response = get("bench/floor.html");
            if (response.statusCode() != 200) {
                throw new IllegalStateException("floor page answered " + response.statusCode());
            }
            return System.nanoTime() - start;
        }

        private HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private HttpResponse<String> post(String path, Map<String, String> form) throws IOException,
                InterruptedException {
            StringBuilder body = new StringBuilder();
            form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                    .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private static String find(Pattern pattern, String html) {
            Matcher m = pattern.matcher(html);
            if (!m.find()) {
                throw new IllegalStateException("not found on page: " + pattern);
            }
            return m.group(1);
        }

        private static String heading(String html) {
            Matcher m = Pattern.compile("<h1>(.*?)</h1>", Pattern.DOTALL).matcher(html);
            return m.find() ? m.group(1).strip() : html.substring(0, Math.min(200, html.length()));
        }

        private static String unescape(String html) {
            return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&");
        }
    }
}
