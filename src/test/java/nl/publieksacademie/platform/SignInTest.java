package nl.publieksacademie.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignInTest {

    @Test
    void onlyLocalPathsAreRedirectTargets() {
        assertEquals("/admin/staff.xhtml", next("/admin/staff.xhtml"));
        assertEquals("/learner/index.xhtml?x=1", next("/learner/index.xhtml?x=1"));
        for (String foreign : new String[] {null, "", "https://evil.example/", "//evil.example/x", "/\\evil.example",
                "javascript:alert(1)", "/login.xhtml?next=/x"}) {
            assertEquals("/index.xhtml", next(foreign), String.valueOf(foreign));
        }
    }

    private static String next(String value) {
        SignIn signIn = new SignIn();
        signIn.setNext(value);
        return signIn.safeNext();
    }
}
