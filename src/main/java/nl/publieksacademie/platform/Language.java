package nl.publieksacademie.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/** The user's UI language for this session: Dutch by default, English on request. */
@Named
@SessionScoped
public class Language implements Serializable {
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Locale locale = DUTCH;

    /** The first of Dutch and English among a request's acceptable languages; Dutch when it names neither. */
    public static Locale preferred(java.util.List<Locale> acceptable) {
        return acceptable.stream()
                .filter(l -> l.getLanguage().equals("en") || l.getLanguage().equals("nl"))
                .findFirst()
                .map(l -> l.getLanguage().equals("en") ? ENGLISH : DUTCH)
                .orElse(DUTCH);
    }

    public Locale getLocale() {
        return locale;
    }

    public String getCode() {
        return locale.getLanguage();
    }

    public boolean isEnglish() {
        return ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** Switches language and reloads the current page with a GET, so the whole page is in the new language. */
    public void switchTo(String code) throws IOException {
        locale = "en".equals(code) ? ENGLISH : DUTCH;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        var external = faces.getExternalContext();
        var request = (jakarta.servlet.http.HttpServletRequest) external.getRequest();
        String query = request.getQueryString();
        external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
