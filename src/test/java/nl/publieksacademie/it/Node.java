package nl.publieksacademie.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A Payara Micro process started by a test (not Arquillian): the built WAR on a fixed loopback port, on the database
 * the failsafe run was given ({@code pa.it.db}), clustered with its peers or alone. Killed with SIGKILL
 * ({@link #kill}) as a crash would, started again on the same folders.
 */
final class Node {

    private final String name;
    private final int httpPort;
    private final List<String> command;
    private final Path log;
    private Process process;

    /**
     * @param clusterPorts the Hazelcast ports of every node of the cluster (this one's first), or none to run with
     *                     {@code --nocluster}
     */
    Node(String name, int httpPort, List<Integer> clusterPorts, Path workDir) {
        this.name = name;
        this.httpPort = httpPort;
        this.log = workDir.resolve(name + ".log");
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        c.add("-Xmx512m");
        for (String option : System.getProperty("pa.it.db", "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                c.add(option);
            }
        }
        c.add("-Dpa.demo=true");
        c.add("-Dpa.demo.data=false");
        c.add("-Dpa.content.dir=" + System.getProperty("pa.content.dir"));
        c.add("-Dpa.trusted-proxies=127.0.0.1");
        c.addAll(List.of("-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("pa.war"), "--contextroot", "/",
                "--port", Integer.toString(httpPort), "--name", name,
                "--disablephonehome", "--rootdir", workDir.resolve(name).toString()));
        // alone, a node keeps sessions in memory; in a cluster, Payara's HA store replicates them
        String preboot = System.getProperty(clusterPorts.isEmpty() ? "pa.preboot" : "pa.preboot.cluster");
        if (preboot != null) {
            c.addAll(List.of("--prebootcommandfile", preboot));
        }
        if (clusterPorts.isEmpty()) {
            c.add("--nocluster");
        } else {
            StringBuilder members = new StringBuilder();
            for (int port : clusterPorts) {
                members.append(members.length() == 0 ? "" : ",").append("127.0.0.1:").append(port);
            }
            // all nodes on one host: backups must still go to the other node (--nohostaware)
            c.addAll(List.of("--clustername", "pa-cluster-it", "--clustermode", "tcpip:" + members,
                    "--startport", Integer.toString(clusterPorts.get(0)), "--interfaces", "127.0.0.1",
                    "--nohostaware"));
        }
        this.command = List.copyOf(c);
    }

    String name() {
        return name;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + httpPort + "/");
    }

    int port() {
        return httpPort;
    }

    /** Starts the process; {@link #awaitReady} waits until it answers. */
    Node start() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " runs already");
        }
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return this;
    }

    /** Waits until the login page answers 200; fails with the log's tail when the process ends or time runs out. */
    Node awaitReady(Duration limit) throws IOException, InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        // HTTP/1.1: the default HTTP/2 upgrade of a plain connection now and then hangs in Payara's Grizzly
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base().resolve("login.xhtml"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not ready within " + limit + ":\n" + tail());
    }

    /** SIGKILL, as a crash: no shutdown hook runs, nothing is flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A normal stop at the end of a test. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /**
     * nginx in front of {@code nodes}, round-robin, passing a request on to the next node when one refuses the
     * connection or times out; the nodes in {@code down} get no requests (a node booting answers 500 until its
     * application is deployed). A master process, so that SIGHUP reloads the configuration.
     */
    static Process nginx(int port, List<Node> nodes, Path workDir, java.util.Set<Node> down) throws IOException {
        Path file = nginxConfig(port, nodes, workDir, down);
        File nginx = new File("/usr/sbin/nginx");
        if (!nginx.canExecute()) {
            throw new IllegalStateException("nginx is not installed at /usr/sbin/nginx (apt-get install nginx)");
        }
        Path dir = file.getParent();
        return new ProcessBuilder(nginx.getPath(), "-c", file.toString(), "-p", dir.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("logs/out.log").toFile())).start();
    }

    static Path nginxConfig(int port, List<Node> nodes, Path workDir, java.util.Set<Node> down) throws IOException {
        Path dir = workDir.resolve("nginx");
        Files.createDirectories(dir.resolve("logs"));
        StringBuilder servers = new StringBuilder();
        for (Node node : nodes) {
            servers.append("        server 127.0.0.1:").append(node.port())
                    .append(down.contains(node) ? " down" : " max_fails=1 fail_timeout=2s").append(";\n");
        }
        String conf = """
                daemon off;
                user root;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    upstream academy {
                %2$s        keepalive 32;
                    }
                    server {
                        listen 127.0.0.1:%3$d;
                        location / {
                            proxy_pass http://academy;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host $host:$server_port;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            proxy_next_upstream error timeout;
                            proxy_connect_timeout 2s;
                            proxy_read_timeout 30s;
                            add_header X-Upstream $upstream_addr always;
                        }
                    }
                }
                """.formatted(dir, servers, port);
        Path file = dir.resolve("nginx.conf");
        Files.writeString(file, conf);
        return file;
    }
}
