package nl.publieksacademie.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The whole application as built by Maven, deployed once per test class; tests talk to it over loopback only. */
public final class Deployments {

    private Deployments() {}

    public static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("pa.war")));
    }

    /** The application's MicroProfile configuration inside the WAR. */
    static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

    /** The application with its configuration changed: {@code change} gets the shipped file and answers the new one. */
    public static WebArchive application(UnaryOperator<String> change) {
        WebArchive war = application();
        String config;
        try (var in = war.get(CONFIG).getAsset().openStream()) {
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        war.delete(CONFIG);
        war.add(new StringAsset(change.apply(config)), CONFIG);
        return war;
    }

    /** Arquillian reports the machine's interface address; tests must only ever use loopback. */
    public static URI loopback(URL deployed) {
        return URI.create("http://127.0.0.1:" + deployed.getPort() + "/");
    }
}
