package nl.publieksacademie.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

    public void setLocale(Locale locale) {
        this.locale = ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }

    /**
     * The language button's link: a GET of {@link LanguageSwitch} that comes back to this very page with all its
     * parameters (also a page that a servlet forwarded to, such as {@code /verify/<code>}), so no page loses what
     * it was showing, and no form is posted.
     */
    public String getSwitchUrl() {
        var request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String uri = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        if (uri == null) {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        String back = uri.substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
        return request.getContextPath() + LanguageSwitch.PATH + "?to=" + (isEnglish() ? "nl" : "en")
                + "&back=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }
}
