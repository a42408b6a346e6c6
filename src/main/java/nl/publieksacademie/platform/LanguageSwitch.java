package nl.publieksacademie.platform;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * {@code GET /language?to=en&back=/learner/course.xhtml?course=…}: switches the session's UI language and goes back
 * to the page it came from. Open to everyone (the login page has the button too); a GET that changes only the
 * language of one's own session, and the way back is a path of this application, never another site.
 */
@WebServlet(LanguageSwitch.PATH)
public class LanguageSwitch extends HttpServlet {

    static final String PATH = "/language";

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        language.setLocale("en".equals(request.getParameter("to")) ? Language.ENGLISH : Language.DUTCH);
        response.sendRedirect(request.getContextPath() + localPath(request.getParameter("back")));
    }

    /** Only a path of this application may be the way back. */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.toLowerCase(Locale.ROOT).startsWith(PATH)) {
            return "/index.xhtml";
        }
        return back;
    }
}
