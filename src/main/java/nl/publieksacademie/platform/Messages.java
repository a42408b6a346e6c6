package nl.publieksacademie.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** UI text from the resource bundles (Dutch default, English second), for messages composed in Java. */
@ApplicationScoped
public class Messages {

    public static final String BUNDLE = "nl.publieksacademie.platform.messages";

    public String text(String key) {
        return text(currentLocale(), key);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(text(key), currentLocale()).format(arguments);
    }

    public String text(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String format(Locale locale, String key, Object... arguments) {
        return new MessageFormat(text(locale, key), locale).format(arguments);
    }

    private static Locale currentLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Language.DUTCH;
    }
}
