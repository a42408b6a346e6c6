package nl.publieksacademie.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.publieksacademie.Fixtures;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The whole application as built by Maven, deployed once per test class; tests talk to it over loopback only. */
public final class Deployments {

    private Deployments() {}

    /** The application as built, on a database of its own (Derby in memory; on PostgreSQL, a fresh database). */
    public static WebArchive application() {
        return configured(built(), Map.of());
    }

    private static WebArchive built() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("pa.war")));
    }

    /** The application's MicroProfile configuration inside the WAR. */
    static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

    /** The application with its configuration changed: {@code change} gets the shipped file and answers the new one. */
    public static WebArchive application(UnaryOperator<String> change) {
        WebArchive war = built();
        String config;
        try (var in = war.get(CONFIG).getAsset().openStream()) {
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        war.delete(CONFIG);
        war.add(new StringAsset(change.apply(config)), CONFIG);
        return configured(war, Map.of());
    }

    /**
     * A copy of the tests' content folder for one test class that changes content files, so that a server of another
     * class starting meanwhile (failsafe runs two classes at a time) never imports its half-made changes.
     */
    public static Path ownContent(Class<?> testClass) {
        Path shared = Fixtures.contentDir();
        Path own = shared.resolveSibling(shared.getFileName() + "-" + testClass.getSimpleName());
        try {
            if (Files.exists(own)) {
                try (Stream<Path> old = Files.walk(own)) {
                    for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            try (Stream<Path> files = Files.walk(shared)) {
                for (Path p : files.toList()) {
                    Files.copy(p, own.resolve(shared.relativize(p).toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return own;
    }

    /** The application reading its content from {@code content} (see {@link #ownContent}). */
    public static WebArchive application(Path content) {
        return configured(built(), Map.of("pa.content.dir", content.toAbsolutePath().toString()));
    }

    /**
     * {@code war} with {@code settings}, on an empty database. Derby's is in memory and new with every server; on
     * PostgreSQL each test JVM (failsafe runs two) has a database of its own, made anew here for every test class.
     * The settings travel in a library holding one more configuration file, whose ordinal (500) outranks the system
     * properties (400) that arquillian.xml gives every test server.
     */
    private static WebArchive configured(WebArchive war, Map<String, String> settings) {
        String url = option("pa.db.url");
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            TestDatabases.recreate(url, option("pa.db.user"), option("pa.db.password"));
        }
        if (settings.isEmpty()) {
            return war;
        }
        StringBuilder properties = new StringBuilder("config_ordinal=500\n");
        new TreeMap<>(settings).forEach((key, value) -> properties.append(key).append('=').append(value).append('\n'));
        war.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "it-settings.jar")
                .addAsResource(new StringAsset(properties.toString()), "META-INF/microprofile-config.properties"));
        return war;
    }

    /** One {@code -Dkey=value} of the database options the build gives the test servers (pa.it.db). */
    static String option(String key) {
        Matcher m = Pattern.compile("-D" + Pattern.quote(key) + "=(\\S+)").matcher(System.getProperty("pa.it.db", ""));
        return m.find() ? m.group(1) : null;
    }

    /** Arquillian reports the machine's interface address; tests must only ever use loopback. */
    public static URI loopback(URL deployed) {
        return URI.create("http://127.0.0.1:" + deployed.getPort() + "/");
    }
}
