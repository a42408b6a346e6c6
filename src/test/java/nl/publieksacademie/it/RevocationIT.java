package nl.publieksacademie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rights that an admin takes away end at the signed-in person's next request, and sign-in throttling counts per
 * account and per client address. Whole WAR, over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RevocationIT {

    static final String JSON = "application/json";
    static final String PASSWORD = "een-lang-wachtwoord";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployed;

    Http admin;
    String tag;

    URI base() {
        return Deployments.loopback(deployed);
    }

    @BeforeEach
    void setUp() {
        admin = new Http(base()).basic("admin", "demo");
        tag = Long.toString(System.nanoTime(), 36);
    }

    /** A new account with these roles, created by the admin; its id. */
    long account(String username, String roles) {
        HttpResponse<String> created = admin.post("api/staff", JSON, """
                {"fullName":"Test %1$s","email":"%1$s@gemeente.nl","username":"%1$s","roles":[%2$s],
                 "password":"%3$s"}""".formatted(username, roles, PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created).getJsonNumber("id").longValue();
    }

    void change(long id, String username, String roles, String password, boolean active) {
        HttpResponse<String> changed = admin.put("api/staff/" + id, JSON, """
                {"fullName":"Test %1$s","email":"%1$s@gemeente.nl","username":"%1$s","roles":[%2$s],
                 "active":%4$s%3$s}""".formatted(username, roles,
                password == null ? "" : ",\"password\":\"" + password + "\"", active));
        assertEquals(200, changed.statusCode(), changed.body());
    }

    Http signedIn(String username, String password) {
        Http browser = new Http(base());
        HttpResponse<String> signIn = browser.signIn(username, password);
        assertEquals(302, signIn.statusCode(), "sign-in of " + username + ": " + signIn.body());
        return browser;
    }

    static boolean sentToSignIn(HttpResponse<String> response) {
        return response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").contains("/login.xhtml");
    }

    @Test
    void aDeactivatedAdminIsSignedOutAtTheNextRequest() {
        String name = "beheer-" + tag;
        long id = account(name, "\"admin\"");
        Http page = signedIn(name, PASSWORD);
        Http api = new Http(base());
        api.signIn(name, PASSWORD);
        assertEquals(200, page.get("admin/audit.xhtml").statusCode(), "the new admin works before");
        assertEquals(200, api.get("api/audit").statusCode());

        assertEquals(200, admin.delete("api/staff/" + id).statusCode());

        assertTrue(sentToSignIn(page.get("admin/audit.xhtml")), "the page session has ended");
        HttpResponse<String> team = api.post("api/teams", JSON, "{\"name\":\"Na " + tag + "\",\"department\":\"X\"}");
        assertEquals(401, team.statusCode(), "the API session has ended: " + team.body());
        assertTrue(admin.get("api/teams").body().indexOf("Na " + tag) < 0, "no team was created");
        assertEquals(401, api.get("api/audit").statusCode(), "the audit log is closed to them");
        assertTrue(sentToSignIn(page.get("index.xhtml")), "and stays ended");
    }

    @Test
    void aRemovedRoleNoLongerAppliesWhileTheOthersStay() {
        String name = "trainer-" + tag;
        long id = account(name, "\"learner\",\"trainer\"");
        Http browser = signedIn(name, PASSWORD);
        assertEquals(200, browser.get("trainer/index.xhtml").statusCode());

        change(id, name, "\"learner\"", null, true);

        assertEquals(403, browser.get("trainer/index.xhtml").statusCode(), "the trainer role is gone");
        assertEquals(200, browser.get("learner/index.xhtml").statusCode(), "still signed in as a learner");

        change(id, name, "\"learner\",\"trainer\"", null, true);
        assertEquals(200, browser.get("trainer/index.xhtml").statusCode(), "a role given back applies as well");
    }

    @Test
    void aPasswordResetEndsEveryOtherSession() {
        String name = "leerling-" + tag;
        long id = account(name, "\"learner\"");
        Http phone = signedIn(name, PASSWORD);
        Http desk = signedIn(name, PASSWORD);
        assertEquals(200, phone.get("learner/index.xhtml").statusCode());

        change(id, name, "\"learner\"", "nieuw-wachtwoord-123", true);

        assertTrue(sentToSignIn(phone.get("learner/index.xhtml")), "the phone's session ended");
        assertTrue(sentToSignIn(desk.get("learner/index.xhtml")), "the desk's session ended");
        assertEquals(200, new Http(base()).signIn(name, PASSWORD).statusCode(), "the old password no longer signs in");
        signedIn(name, "nieuw-wachtwoord-123");
    }

    @Test
    void anAdminWhoSetsTheirOwnPasswordStaysSignedIn() {
        String name = "zelf-" + tag;
        long id = account(name, "\"admin\"");
        Http self = new Http(base());
        self.signIn(name, PASSWORD);
        HttpResponse<String> changed = self.put("api/staff/" + id, JSON, """
                {"fullName":"Test %1$s","email":"%1$s@gemeente.nl","username":"%1$s","roles":["admin"],
                 "password":"nog-een-wachtwoord"}""".formatted(name));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(200, self.get("api/audit").statusCode(), "their own session goes on");
    }

    @Test
    void failuresCountPerAccountWhicheverNameIsTyped() {
        String name = "jan-" + tag;
        account(name, "\"learner\"");
        for (int i = 0; i < 3; i++) {
            assertTrue(new Http(base()).signIn(name, "fout").body().contains("Gebruikersnaam of wachtwoord onjuist"));
        }
        HttpResponse<String> byEmail = new Http(base()).signIn(name + "@gemeente.nl", "fout");
        assertTrue(byEmail.body().contains("Te veel mislukte pogingen"), "the e-mail address is the same account");
        HttpResponse<String> right = new Http(base()).signIn(name + "@gemeente.nl", PASSWORD);
        assertTrue(right.body().contains("Te veel mislukte pogingen"), "even the right password waits");
    }

    /**
     * 60 tries with unknown names from another loopback address: after the address's free failures its tries are
     * refused unhashed and unrecorded, so the audit log grows by a bounded number of rows and a colleague at
     * another address signs in as usual.
     */
    @Test
    void aFloodOfUnknownNamesFromOneAddressIsBounded() throws IOException {
        int before = failedSignIns();
        int refused = 0;
        for (int i = 0; i < 60; i++) {
            String status = basicFrom("127.0.0.2", "onbekend-" + tag + "-" + i, "raden");
            assertTrue(status.startsWith("HTTP/1.1 401"), status);
            refused++;
        }
        assertEquals(60, refused);
        int written = failedSignIns() - before;
        assertTrue(written >= 20 && written <= 21, "audited failures bounded by the address's free tries: " + written);
        signedIn("learner", "demo");
        assertEquals(200, new Http(base()).basic("learner", "demo").get("api/me/profile").statusCode());
    }

    int failedSignIns() {
        HttpResponse<String> entries = admin.get("api/audit?action=sign-in-failed");
        assertEquals(200, entries.statusCode());
        return Http.array(entries).size();
    }

    /** A Basic-authenticated GET sent from {@code source}, a loopback address of its own; the status line. */
    String basicFrom(String source, String user, String password) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base().getPort()), 5_000);
            socket.setSoTimeout(30_000);
            String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/me/profile HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + credentials
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != -1 && b != '\n' && line.size() < 200; b = in.read()) {
                line.write(b);
            }
            return line.toString(StandardCharsets.US_ASCII).trim();
        }
    }
}
