package nl.publieksacademie.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/** Who may reach which page area and API path, sign-in behaviour, and the security headers. Whole WAR, over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployed;

    /** The demo accounts and the roles they hold (the trainer also learns). */
    static final Map<String, Set<String>> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put("learner", Set.of("learner"));
        ACCOUNTS.put("trainer", Set.of("trainer", "learner"));
        ACCOUNTS.put("hr", Set.of("hr"));
        ACCOUNTS.put("admin", Set.of("admin"));
    }

    /** Each protected path and the roles it admits ("hr|admin"); null means any signed-in person. */
    static final Map<String, String> PAGES = new LinkedHashMap<>();
    static final Map<String, String> API = new LinkedHashMap<>();

    static {
        PAGES.put("index.xhtml", null);
        PAGES.put("learner/index.xhtml", "learner");
        PAGES.put("learner/scenarios.xhtml", "learner");
        PAGES.put("learner/profile.xhtml", "learner");
        PAGES.put("trainer/index.xhtml", "trainer");
        PAGES.put("hr/index.xhtml", "hr");
        PAGES.put("hr/trends.xhtml", "hr");
        PAGES.put("admin/staff.xhtml", "admin");
        PAGES.put("admin/teams.xhtml", "admin");
        PAGES.put("admin/import.xhtml", "admin");
        PAGES.put("admin/audit.xhtml", "admin");
        PAGES.put("admin/content.xhtml", "admin");
        PAGES.put("trainer/content.xhtml", "trainer");
        PAGES.put("learner/courses.xhtml", "learner");
        PAGES.put("hr/assignments.xhtml", "hr|admin");
        PAGES.put("admin/grants.xhtml", "admin");
        API.put("api/staff", "admin");
        API.put("api/teams", "admin");
        API.put("api/me/profile", "learner");
        API.put("api/courses", null);
        API.put("api/me/courses", "learner");
        API.put("api/assignments", "hr|admin");
        API.put("api/scenarios", "trainer|admin");
        API.put("api/scenarios/paspoort-verlopen.yaml", "trainer|admin");
        API.put("api/scenarios/paspoort-verlopen/analytics", "trainer|admin");
        API.put("api/courses/hostmanship-aan-de-balie.zip", "trainer|admin");
        API.put("api/reports/heatmap", "hr|admin");
        API.put("api/reports/heatmap.csv", "hr|admin");
        API.put("api/reports/heatmap.xlsx", "hr|admin");
        API.put("api/reports/heatmap.pdf", "hr|admin");
        API.put("api/reports/trends", "hr|admin");
        API.put("api/reports/trends.xlsx", "hr|admin");
        API.put("api/grants", "admin");
        API.put("api/audit", "admin");
    }

    URI base() {
        return Deployments.loopback(deployed);
    }

    static boolean admits(String allowed, Set<String> held) {
        return allowed == null || java.util.Arrays.stream(allowed.split("\\|")).anyMatch(held::contains);
    }

    @Test
    void everyRoleReachesExactlyItsOwnAreas() {
        List<Executable> cells = new ArrayList<>();
        for (var account : ACCOUNTS.entrySet()) {
            Http pages = new Http(base());
            assertEquals(302, pages.signIn(account.getKey(), "demo").statusCode(), "sign-in of " + account.getKey());
            Http api = new Http(base()).basic(account.getKey(), "demo");
            for (var page : PAGES.entrySet()) {
                int expected = admits(page.getValue(), account.getValue()) ? 200 : 403;
                int actual = pages.get(page.getKey()).statusCode();
                cells.add(() -> assertEquals(expected, actual, account.getKey() + " → " + page.getKey()));
            }
            for (var path : API.entrySet()) {
                int expected = admits(path.getValue(), account.getValue()) ? 200 : 403;
                int actual = api.get(path.getKey()).statusCode();
                cells.add(() -> assertEquals(expected, actual, account.getKey() + " → " + path.getKey()));
            }
        }
        assertAll(cells);
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndApiCallsChallenged() {
        Http anonymous = new Http(base());
        List<Executable> cells = new ArrayList<>();
        for (String page : PAGES.keySet()) {
            HttpResponse<String> response = anonymous.get(page);
            cells.add(() -> assertEquals(302, response.statusCode(), page));
            cells.add(() -> assertTrue(response.headers().firstValue("Location").orElse("")
                    .contains("/login.xhtml?next=%2F" + page.replace("/", "%2F")), page + " redirects to sign-in"));
        }
        for (String path : API.keySet()) {
            HttpResponse<String> response = anonymous.get(path);
            cells.add(() -> assertEquals(401, response.statusCode(), path));
            cells.add(() -> assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                    path + " challenges for Basic"));
        }
        assertAll(cells);
    }

    @Test
    void afterSigningInTheUserReturnsToThePageTheyAskedFor() {
        Http browser = new Http(base());
        String location = browser.get("admin/audit.xhtml").headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/login.xhtml?next=%2Fadmin%2Faudit.xhtml"), location);
        HttpResponse<String> signedIn = browser.signIn("admin", "demo", "/admin/audit.xhtml");
        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/admin/audit.xhtml"));
    }

    @Test
    void anAjaxPostbackWithoutSessionIsToldToGoToSignIn() {
        HttpResponse<String> response = new Http(base()).postWithHeader("admin/staff.xhtml", "Faces-Request",
                "partial/ajax", "jakarta.faces.partial.ajax=true");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<redirect url=\"/login.xhtml?next=%2Fadmin%2Fstaff.xhtml\""), response.body());
    }

    @Test
    void aRedirectTargetOnAnotherSiteIsIgnored() {
        HttpResponse<String> signedIn = new Http(base()).signIn("learner", "demo", "//evil.example/steal");
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/index.xhtml"));
    }

    @Test
    void aWrongPasswordGivesTheSameMessageAsAnUnknownAccount() {
        HttpResponse<String> wrong = new Http(base()).signIn("hr", "wrong-password");
        HttpResponse<String> unknown = new Http(base()).signIn("nobody-" + System.nanoTime(), "wrong-password");
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("Gebruikersnaam of wachtwoord onjuist"), wrong.body());
        assertEquals(message(wrong.body()), message(unknown.body()));
    }

    @Test
    void repeatedFailuresForOneAccountAreSlowedDown() {
        String name = "throttled-" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            assertTrue(new Http(base()).signIn(name, "wrong").body().contains("Gebruikersnaam of wachtwoord onjuist"));
        }
        HttpResponse<String> fourth = new Http(base()).signIn(name, "wrong");
        assertTrue(fourth.body().contains("Te veel mislukte pogingen"), fourth.body());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        Http admin = new Http(base());
        admin.signIn("admin", "demo");
        List<Executable> checks = new ArrayList<>();
        for (HttpResponse<String> response : List.of(
                new Http(base()).get("login.xhtml"), admin.get("admin/staff.xhtml"), admin.get("api/teams"),
                new Http(base()).get("api/teams"))) {
            String where = response.uri().getPath();
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            checks.add(() -> assertTrue(csp.contains("frame-ancestors 'none'"), "CSP frame-ancestors on " + where));
            checks.add(() -> assertTrue(!csp.matches(".*script-src[^;]*'unsafe-inline'.*"), "no inline script on " + where));
            checks.add(() -> assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), where));
            checks.add(() -> assertNotNull(response.headers().firstValue("Referrer-Policy").orElse(null), where));
        }
        String cookie = new Http(base()).get("login.xhtml").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID")).findFirst().orElse("");
        checks.add(() -> assertTrue(cookie.contains("HttpOnly"), cookie));
        checks.add(() -> assertTrue(cookie.matches("(?i).*;\\s*SameSite=Lax(;.*)?"), cookie));
        assertAll(checks);
    }

    @Test
    void healthAndOpenApiAreServed() {
        HttpResponse<String> health = new Http(base()).get("health");
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"database\""), health.body());
        HttpResponse<String> openapi = new Http(base()).get("openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/staff") && openapi.body().contains("/api/teams"), openapi.body());
    }

    private static String message(String html) {
        int start = html.indexOf("class=\"pa-error\"");
        return start < 0 ? "" : html.substring(start, html.indexOf("</li>", start));
    }
}
