package nl.publieksacademie.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import nl.publieksacademie.it.Http;

/**
 * The HR reports on a large data set, against the server started with the README's command (loopback only).
 * Optionally first generates the data set through the demo-data endpoint ({@code -Dreports.generate=true}:
 * 10,000 staff in 200 teams with about 2,000,000 pieces of evidence), printing how long that took and the size of
 * the database on disk; then measures the heatmap for all teams, a person view and the full CSV export of the team
 * × competency table (median and worst of repeated runs, after a warm-up), signed in as the demo HR account.
 */
public final class ReportsBenchmark {

    private ReportsBenchmark() {}

    public static void main(String[] args) throws IOException {
        URI base = URI.create(System.getProperty("reports.base", "http://127.0.0.1:8080/"));
        if (!base.getHost().equals("127.0.0.1") && !base.getHost().equals("localhost")) {
            throw new IllegalArgumentException("The benchmark only talks to loopback, not " + base.getHost());
        }
        int runs = Integer.getInteger("reports.runs", 20);
        Http admin = new Http(base);
        admin.signIn("admin", "demo");
        if (Boolean.getBoolean("reports.generate")) {
            // in chunks of 500 people, each request well within the client's time-out; the teams are reused by name
            int staff = Integer.getInteger("reports.staff", 10_000);
            long started = System.nanoTime();
            long evidence = 0;
            for (int done = 0, chunk = 0; done < staff && chunk < 1_000; done += 500, chunk++) {
                String body = Json.createObjectBuilder()
                        .add("staff", Math.min(500, staff - done))
                        .add("teams", Integer.getInteger("reports.teams", 200))
                        .add("attemptsPerPerson", Integer.getInteger("reports.attempts", 16))
                        .add("months", 12).add("seed", 7 + chunk).build().toString();
                HttpResponse<String> made = admin.post("api/demo-data", "application/json", body);
                if (made.statusCode() != 200) {
                    throw new IllegalStateException("generating failed: HTTP " + made.statusCode() + " " + made.body());
                }
                evidence += object(made.body()).getJsonNumber("evidence").longValue();
            }
            System.out.printf("generate: %d staff, %d pieces of evidence in %.1f s%n", staff, evidence,
                    (System.nanoTime() - started) / 1e9);
        }
        Path db = Path.of(System.getProperty("reports.db", "data/derby"));
        if (Files.isDirectory(db)) {
            try (Stream<Path> files = Files.walk(db)) {
                long bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
                System.out.printf("database on disk: %.0f MiB (%s)%n", bytes / 1048576.0, db);
            }
        }
        Http hr = new Http(base);
        hr.signIn("hr", "demo");
        JsonObject heatmap = object(hr.get("api/reports/heatmap").body());
        System.out.printf("heatmap: %d teams x %d competencies%n", heatmap.getJsonArray("rows").size(),
                heatmap.getJsonArray("competencies").size());
        // the trends need the kept monthly levels: the server makes them in the background after start (and after
        // generating); the first call waits for them, so it is timed apart
        long first = System.nanoTime();
        hr.get("api/reports/trends");
        System.out.printf("first trends call (monthly levels ready): %.1f s%n", (System.nanoTime() - first) / 1e9);
        report("heatmap, all teams", runs, () -> hr.get("api/reports/heatmap"));
        JsonArray staff = array(admin.get("api/staff").body());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < staff.size() && ids.size() < runs + 3; i += Math.max(1, staff.size() / (runs + 3))) {
            JsonObject s = staff.getJsonObject(i);
            if (s.getString("username").startsWith("demo")) {
                ids.add(s.getJsonNumber("id").longValue());
            }
        }
        int[] next = {0};
        report("person view", Math.min(runs, ids.size()),
                () -> hr.get("api/staff/" + ids.get(next[0]++ % ids.size()) + "/profile"));
        report("CSV export, team x competency", Math.max(3, runs / 4), () -> hr.get("api/reports/heatmap.csv"));
        report("XLSX export, team x competency", Math.max(3, runs / 4), () -> hr.get("api/reports/heatmap.xlsx"));
        String from = java.time.LocalDate.now().minusMonths(3).toString();
        report("heatmap, last three months", Math.max(3, runs / 4), () -> hr.get("api/reports/heatmap?from=" + from));
        JsonArray rows = heatmap.getJsonArray("rows");
        int[] team = {0};
        report("team view", runs, () -> hr.get("api/reports/teams/"
                + rows.getJsonObject(team[0]++ * 7 % rows.size()).getJsonNumber("team") + ""));
        JsonArray competencies = heatmap.getJsonArray("competencies");
        int[] competency = {0};
        report("trends, all teams", runs, () -> hr.get("api/reports/trends?competency="
                + competencies.getJsonObject(competency[0]++ % competencies.size()).getString("id")));
    }

    interface Call {
        HttpResponse<String> run();
    }

    static void report(String what, int runs, Call call) {
        for (int i = 0; i < 3; i++) {
            call.run();
        }
        List<Double> times = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = call.run();
            times.add((System.nanoTime() - started) / 1e6);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(what + ": HTTP " + response.statusCode());
            }
            bytes = response.body().length();
        }
        Collections.sort(times);
        System.out.printf("%-32s median %7.1f ms   p90 %7.1f ms   worst %7.1f ms   (%d runs, %d characters)%n", what,
                times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.9) - 1),
                times.get(times.size() - 1), runs, bytes);
    }

    static JsonObject object(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    static JsonArray array(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }
}
