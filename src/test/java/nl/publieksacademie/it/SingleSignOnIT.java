package nl.publieksacademie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Single sign-on against a real Keycloak (started once for the class, see {@link Keycloak}): the application is
 * deployed with the realm {@code gemeente} configured as its identity provider, exactly as an operator would set it,
 * and local passwords for admins only. Whole WAR, over HTTP and in a browser.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SingleSignOnIT {


    /** What the operator of the test municipality configures (README, "Sign-in with your identity provider"). */
    static final String SETTINGS = String.join("\n",
            "",
            "pa.oidc.providers=gemeente",
            "pa.oidc.gemeente.issuer=" + Keycloak.ISSUER,
            "pa.oidc.gemeente.client-id=publieksacademie",
            "pa.oidc.gemeente.client-secret=publieksacademie-test-secret",
            "pa.oidc.gemeente.groups.academie-leerlingen=role:learner",
            "pa.oidc.gemeente.groups.academie-trainers=role:trainer",
            "pa.oidc.gemeente.groups.academie-hr=role:hr",
            "pa.oidc.gemeente.groups.academie-beheer=role:admin",
            "pa.oidc.gemeente.groups.team-balie-stadhuis=team:Balie Stadhuis",
            "pa.oidc.gemeente.groups.functie-baliemedewerker=jobrole:baliemedewerker",
            "pa.oidc.gemeente.api-clients.hr-systeem=hr",
            "pa.oidc.gemeente.api-clients.hr-systeem-kort=hr",
            "pa.oidc.gemeente.api-audience=publieksacademie",
            "pa.oidc.gemeente.clock-skew-seconds=0",
            "pa.local-login=admins-only",
            "");

    static Keycloak keycloak;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application(config -> config.replace("pa.local-login=all", "") + SETTINGS);
    }

    @BeforeAll
    static void startKeycloak() throws Exception {
        keycloak = Keycloak.start();
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @ArquillianResource
    URL deployed;

    URI base() {
        return Deployments.loopback(deployed);
    }

    @Test
    void aBrowserSignsInOnKeycloaksOwnPageGetsRolesAndTeamAndSignsOutThereToo() {
        try (Browser browser = new Browser(base())) {
            WebDriver driver = browser.driver();
            browser.open("learner/index.xhtml");
            assertEquals("/login.xhtml", browser.path(), "a protected page asks to sign in first");
            var button = driver.findElement(By.cssSelector("a.pa-sso-button"));
            assertEquals("Inloggen met je gemeente-account", button.getText().strip());
            assertTrue(driver.findElement(By.id("sso")).getLocation().getY()
                    < driver.findElement(By.id("login")).getLocation().getY(), "the provider's button comes first");
            button.sendKeys(Keys.ENTER);
            keycloakLogin(driver, "jvisser", "Balie-2026!");
            assertEquals("/learner/index.xhtml", browser.path(), "back at the page asked for");
            assertEquals("jvisser", driver.findElement(By.cssSelector(".pa-user")).getText());
            browser.assertAccessible("learner home after single sign-on");

            JsonObject jan = staff("jvisser");
            assertEquals("Jan Visser", jan.getString("fullName"));
            assertEquals("j.visser@gemeente.example", jan.getString("email"));
            assertEquals(List.of("learner"), jan.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class)
                    .stream().map(jakarta.json.JsonString::getString).toList());
            assertEquals("Balie Stadhuis", jan.getString("team"));
            assertEquals("baliemedewerker", jan.getString("jobRole"));
            assertEquals(1, keycloak.sessions("jvisser"), "signed in at Keycloak");

            browser.open("trainer/index.xhtml");
            assertTrue(driver.getPageSource().contains("id=\"error-text\""), "not a trainer: refused");

            browser.open("learner/index.xhtml");
            driver.findElement(By.id("account:signOut")).sendKeys(Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().startsWith(base().toString())
                    && d.getCurrentUrl().contains("signedOut=true"));
            assertEquals("/login.xhtml", browser.path(), "back on our login page after Keycloak's sign-out");
            assertEquals(0, keycloak.sessions("jvisser"), "the Keycloak session has ended");
            browser.open("learner/index.xhtml");
            assertEquals("/login.xhtml", browser.path(), "our session has ended");
            driver.findElement(By.cssSelector("a.pa-sso-button")).sendKeys(Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("username")).isEmpty());
        }
    }

    @Test
    void someoneTakenOutOfAGroupLosesItsRoleAtTheNextSignInAndTheirOpenSessionsAtTheNextRequest() {
        Visitor first = new Visitor();
        assertEquals(200, first.signIn("tdekker", "Trainer-2026!").statusCode());
        assertEquals(200, first.get("trainer/index.xhtml").statusCode(), "a trainer by group");

        keycloak.removeFromGroup("tdekker", "academie-trainers");
        assertEquals(200, first.get("trainer/index.xhtml").statusCode(), "Keycloak does not tell us until a sign-in");
        Visitor second = new Visitor();
        assertEquals(200, second.signIn("tdekker", "Trainer-2026!").statusCode());
        assertEquals(403, second.get("trainer/index.xhtml").statusCode(), "no longer a trainer");
        assertEquals(200, second.get("learner/index.xhtml").statusCode(), "still a learner");
        assertEquals(403, first.get("trainer/index.xhtml").statusCode(), "the open session follows at once");

        keycloak.removeFromGroup("tdekker", "academie-leerlingen");
        HttpResponse<String> refused = new Visitor().signIn("tdekker", "Trainer-2026!");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("geeft geen toegang tot de academie"), refused.body());
        assertFalse(refused.body().contains(".java:"), "no stack trace");
        HttpResponse<String> ended = first.get("learner/index.xhtml");
        assertEquals(302, ended.statusCode(), "no role left: the open session has ended");
        assertTrue(ended.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
    }

    @Test
    void theHrSystemCallsTheApiWithItsOwnClientCredentials() {
        String token = keycloak.clientToken("hr-systeem", "hr-systeem-test-secret");
        HttpResponse<String> heatmap = bearer("api/reports/heatmap", token);
        assertEquals(200, heatmap.statusCode(), heatmap.body());
        assertTrue(heatmap.body().startsWith("{"), heatmap.body());
        assertTrue(heatmap.headers().firstValue("Set-Cookie").isEmpty(), "no session for a token");
        assertEquals(403, bearer("api/staff", token).statusCode(), "the client's role is hr, not admin");
    }

    @Test
    void expiredWronglySignedAndForeignTokensAreRefusedWith401AndAudited() throws Exception {
        String good = keycloak.clientToken("hr-systeem", "hr-systeem-test-secret");
        String[] parts = good.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"hr-systeem\"", "\"hr-systeem-x\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        RSAKey ours = new RSAKeyGenerator(2048).keyID("not-keycloaks").generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(ours.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(Keycloak.ISSUER).audience("publieksacademie").subject("x")
                        .claim("azp", "hr-systeem").issueTime(new Date())
                        .expirationTime(new Date(System.currentTimeMillis() + 300_000)).build());
        forged.sign(new RSASSASigner(ours));

        String foreign = keycloak.clientToken("ander-systeem", "ander-systeem-test-secret");
        String expiring = keycloak.clientToken("hr-systeem-kort", "hr-systeem-kort-test-secret");
        assertEquals(200, bearer("api/reports/heatmap", expiring).statusCode(), "valid for ten seconds");
        Date expiry = SignedJWT.parse(expiring).getJWTClaimsSet().getExpirationTime();
        Thread.sleep(Math.max(0, expiry.getTime() - System.currentTimeMillis()) + 1_500);

        Http admin = new Http(base()).basic("admin", "demo");
        int before = Http.array(admin.get("api/audit?action=token-refused")).size();
        for (String token : List.of(tampered, forged.serialize(), foreign, expiring, "not-a-token")) {
            HttpResponse<String> refused = bearer("api/reports/heatmap", token);
            assertEquals(401, refused.statusCode(), token);
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertFalse(Http.object(refused).getJsonArray("errors").isEmpty());
        }
        JsonArray audited = Http.array(admin.get("api/audit?action=token-refused"));
        assertEquals(before + 5, audited.size(), audited.toString());
        assertEquals(200, bearer("api/reports/heatmap", good).statusCode(), "the good one still works");
    }

    @Test
    void aForgedOrStaleCallbackShowsAClearPageNeverAStackTrace() {
        Visitor visitor = new Visitor();
        HttpResponse<String> forged = visitor.get("sso/callback/gemeente?code=abc&state=forged");
        assertEquals(400, forged.statusCode());
        assertTrue(forged.body().contains("hoort niet bij dit venster of is verlopen"), forged.body());
        assertFalse(forged.body().contains(".java:"), "no stack trace");

        HttpResponse<String> started = visitor.get("sso/start/gemeente");
        assertEquals(302, started.statusCode());
        HttpResponse<String> mismatch = visitor.get("sso/callback/gemeente?code=abc&state=another");
        assertEquals(400, mismatch.statusCode(), "a state not of this session's sign-in");
        assertEquals(404, visitor.get("sso/start/unknown").statusCode());

        Http admin = new Http(base()).basic("admin", "demo");
        assertTrue(Http.array(admin.get("api/audit?action=sign-in-failed")).toString().contains("state does not match"));
    }

    @Test
    void localPasswordsAreForAdminsOnlyWhenTheProviderSignsEveryoneElseIn() {
        HttpResponse<String> learner = new Http(base()).signIn("learner", "demo");
        assertEquals(200, learner.statusCode(), "the form is shown again");
        assertTrue(learner.body().contains("is uitgeschakeld"), learner.body());
        HttpResponse<String> admin = new Http(base()).signIn("admin", "demo");
        assertEquals(302, admin.statusCode(), "the break-glass admin still signs in");
    }

    /** Fills in Keycloak's own login page and waits until the browser is back at the application. */
    void keycloakLogin(WebDriver driver, String user, String password) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("username")).isEmpty());
        assertTrue(driver.getCurrentUrl().startsWith(Keycloak.ISSUER), "Keycloak's page: " + driver.getCurrentUrl());
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().startsWith(base().toString()));
    }

    JsonObject staff(String username) {
        JsonArray all = Http.array(new Http(base()).basic("admin", "demo").get("api/staff"));
        return all.getValuesAs(JsonObject.class).stream().filter(s -> s.getString("username").equals(username))
                .findFirst().orElseThrow(() -> new AssertionError("no staff member " + username + " in " + all));
    }

    HttpResponse<String> bearer(String path, String token) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base().resolve(path))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Keycloak marks its cookies Secure; a browser keeps them on loopback over plain HTTP (a trustworthy origin), the
     * JDK's cookie manager does not. This jar does, for the test's loopback servers only.
     */
    static class LoopbackCookies extends java.net.CookieHandler {
        private final CookieManager cookies = new CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL);

        @Override
        public java.util.Map<String, List<String>> get(URI uri, java.util.Map<String, List<String>> headers)
                throws IOException {
            return cookies.get(uri, headers);
        }

        @Override
        public void put(URI uri, java.util.Map<String, List<String>> headers) throws IOException {
            java.util.Map<String, List<String>> plain = new java.util.HashMap<>();
            headers.forEach((name, values) -> plain.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                    ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure", "")).toList() : values));
            cookies.put(uri, plain);
        }
    }

    /**
     * A browser without a browser: one cookie jar for the application and Keycloak (both on 127.0.0.1), redirects
     * followed by hand, Keycloak's login form filled in as a person would.
     */
    class Visitor {
        private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(base().resolve(path)).GET());
        }

        /** Signs in through Keycloak; the answer after the last redirect. */
        HttpResponse<String> signIn(String user, String password) {
            HttpResponse<String> page = follow(get("sso/start/gemeente?next=/index.xhtml"));
            Matcher action = FORM_ACTION.matcher(page.body());
            assertTrue(action.find(), "Keycloak's login form: " + page.body());
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
            return follow(send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))));
        }

        private HttpResponse<String> follow(HttpResponse<String> response) {
            for (int hop = 0; hop < 10 && response.statusCode() / 100 == 3; hop++) {
                URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                response = send(HttpRequest.newBuilder(next).GET());
            }
            return response;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new AssertionError("request failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
