package nl.publieksacademie.it;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The whole application as built by Maven, deployed once per test class; tests talk to it over loopback only. */
public final class Deployments {

    private Deployments() {}

    public static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("pa.war")));
    }

    /** Arquillian reports the machine's interface address; tests must only ever use loopback. */
    public static URI loopback(URL deployed) {
        return URI.create("http://127.0.0.1:" + deployed.getPort() + "/");
    }
}
