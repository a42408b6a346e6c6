package nl.publieksacademie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff and teams through the REST API on the real database and migrations: create, read back, change, deactivate,
 * duplicate e-mail, CSV import (all or nothing), and the audit trail of those changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffIT {

    static final String JSON = "application/json";
    static final String CSV = "text/csv";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployed;

    Http admin;
    String tag;

    @BeforeEach
    void signIn() {
        admin = new Http(Deployments.loopback(deployed)).basic("admin", "demo");
        tag = Long.toString(System.nanoTime(), 36);
    }

    @Test
    void aTeamAndAStaffMemberSurviveTheRoundTripThroughTheDatabase() {
        long team = id(created(admin.post("api/teams", JSON,
                "{\"name\":\"KCC " + tag + "\",\"department\":\"Klantcontactcentrum\"}")));
        JsonObject member = created(admin.post("api/staff", JSON, """
                {"fullName":"Fatima El Amrani","email":"F.ElAmrani+%s@Gemeente.nl","teamId":%d,
                 "jobRole":"kcc-medewerker","roles":["learner","trainer"],"password":"geheim-wachtwoord"}"""
                .formatted(tag, team)));

        JsonObject read = Http.object(admin.get("api/staff/" + id(member)));
        assertEquals("Fatima El Amrani", read.getString("fullName"));
        assertEquals("f.elamrani+" + tag + "@gemeente.nl", read.getString("email"), "e-mail stored in lower case");
        assertEquals("KCC " + tag, read.getString("team"));
        assertEquals("kcc-medewerker", read.getString("jobRole"));
        assertEquals(List.of("learner", "trainer"), read.getJsonArray("roles").getValuesAs(JsonValue::toString)
                .stream().map(s -> s.replace("\"", "")).sorted().toList());
        assertTrue(read.getBoolean("active"));
        assertFalse(read.containsKey("password") || read.toString().contains("geheim"), "no password in the answer");

        HttpResponse<String> memberSignsIn = new Http(Deployments.loopback(deployed))
                .basic(read.getString("username"), "geheim-wachtwoord").get("api/staff");
        assertEquals(403, memberSignsIn.statusCode(), "the new account signs in, and is not an admin");
    }

    @Test
    void aDuplicateEmailIsRefusedOnTheEmailField() {
        String body = "{\"fullName\":\"Joost Verbeek\",\"email\":\"joost." + tag + "@gemeente.nl\",\"roles\":[\"learner\"]}";
        created(admin.post("api/staff", JSON, body));
        int before = all().size();

        HttpResponse<String> again = admin.post("api/staff", JSON, body.replace("Joost Verbeek", "Joost Anders"));

        assertEquals(400, again.statusCode());
        JsonObject error = Http.object(again).getJsonArray("errors").getJsonObject(0);
        assertEquals("email", error.getString("field"));
        assertTrue(error.getString("message").contains("al in gebruik"), error.toString());
        assertEquals(before, all().size(), "nothing stored");
    }

    @Test
    void anEditChangesTheMemberAndDeactivationStopsTheirSignIn() {
        JsonObject member = created(admin.post("api/staff", JSON, """
                {"fullName":"Sanne Bos","email":"sanne.%s@gemeente.nl","roles":["learner"],"password":"wachtwoord-1"}"""
                .formatted(tag)));
        HttpResponse<String> edited = admin.put("api/staff/" + id(member), JSON, """
                {"fullName":"Sanne de Bos","email":"sanne.%s@gemeente.nl","roles":["learner","hr"],"jobRole":"wmo-consulent"}"""
                .formatted(tag));
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals("Sanne de Bos", Http.object(edited).getString("fullName"));
        assertEquals("wmo-consulent", Http.object(edited).getString("jobRole"));
        Http sanne = new Http(Deployments.loopback(deployed)).basic(member.getString("username"), "wachtwoord-1");
        assertEquals(403, sanne.get("api/teams").statusCode(), "password kept when none is given");

        assertEquals(200, admin.delete("api/staff/" + id(member)).statusCode());

        assertFalse(Http.object(admin.get("api/staff/" + id(member))).getBoolean("active"));
        HttpResponse<String> afterwards = new Http(Deployments.loopback(deployed))
                .basic(member.getString("username"), "wachtwoord-1").get("api/teams");
        assertEquals(401, afterwards.statusCode(), "a deactivated account cannot sign in");
    }

    @Test
    void aGoodCsvFileImportsEveryLine() {
        created(admin.post("api/teams", JSON, "{\"name\":\"Wmo " + tag + "\",\"department\":\"Sociaal domein\"}"));
        String csv = """
                name,email,team,job_role,roles
                Anouk de Vries,anouk.%1$s@gemeente.nl,Wmo %1$s,wmo-consulent,learner
                "Bakker, Kees",kees.%1$s@gemeente.nl,,baliemedewerker,learner;trainer
                """.formatted(tag);

        HttpResponse<String> response = admin.post("api/staff/import", CSV, csv);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(2, Http.object(response).getInt("imported"));
        JsonObject kees = all().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("email").equals("kees." + tag + "@gemeente.nl")).findFirst().orElseThrow();
        assertEquals("Bakker, Kees", kees.getString("fullName"));
    }

    @Test
    void aCsvFileWithBadLinesImportsNothingAndNamesEveryBadLine() {
        created(admin.post("api/staff", JSON,
                "{\"fullName\":\"Al Bekend\",\"email\":\"bekend." + tag + "@gemeente.nl\",\"roles\":[\"learner\"]}"));
        int before = all().size();
        String csv = """
                name,email,team,job_role,roles
                Goed Persoon,goed.%1$s@gemeente.nl,,baliemedewerker,learner
                ,leeg.%1$s@gemeente.nl,,,learner
                Fout Adres,geen-adres,,,learner
                Bestaat Al,bekend.%1$s@gemeente.nl,,,learner
                Onbekend Team,team.%1$s@gemeente.nl,Nergens,,learner
                Rare Functie,functie.%1$s@gemeente.nl,,koffiezetter,learner
                Dubbel,goed.%1$s@gemeente.nl,,,learner
                """.formatted(tag);

        HttpResponse<String> response = admin.post("api/staff/import", CSV, csv);

        assertEquals(400, response.statusCode(), response.body());
        JsonArray errors = Http.object(response).getJsonArray("errors");
        List<Integer> lines = errors.stream().map(e -> e.asJsonObject().getInt("line")).distinct().toList();
        assertEquals(List.of(3, 4, 5, 6, 7, 8), lines, response.body());
        assertEquals(before, all().size(), "not even the good line was imported");
    }

    @Test
    void adminChangesAreWrittenToTheAuditLog() {
        created(admin.post("api/teams", JSON, "{\"name\":\"Audit " + tag + "\",\"department\":\"Burgerzaken\"}"));
        Http page = new Http(Deployments.loopback(deployed));
        page.signIn("admin", "demo");
        String audit = page.get("admin/audit.xhtml").body();
        assertTrue(audit.contains("Team toegevoegd") && audit.contains("Audit " + tag), "team creation audited");
        assertTrue(audit.contains("Aangemeld"), "sign-in audited");
    }

    private JsonArray all() {
        HttpResponse<String> response = admin.get("api/staff");
        assertEquals(200, response.statusCode());
        return Http.array(response);
    }

    private static JsonObject created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return Http.object(response);
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }
}
