package nl.publieksacademie.identity.scim;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a User resource sent by a provisioning client says, as the platform keeps it: user name, full name (from
 * {@code name.formatted}, {@code displayName} or given and family name), the primary e-mail, active, externalId, and
 * the enterprise extension's department. Attributes of the User schema the platform does not keep (title, phone
 * numbers, addresses …) are accepted and not stored; an attribute of no schema is refused, named. Read-only ones
 * ({@code id}, {@code meta}, {@code groups}, {@code roles}) are ignored as RFC 7643 says. Pure.
 */
public record ScimUserInput(String userName, String externalId, String fullName, String givenName,
        String familyName, String email, boolean active, String department) {

    @SuppressWarnings("unchecked")
    public static ScimUserInput of(Map<String, Object> user) {
        for (String key : user.keySet()) {
            String lower = key.toLowerCase(Locale.ROOT);
            if (!ScimSchemas.USER_ATTRIBUTES.contains(lower) && !key.equalsIgnoreCase(ScimSchemas.ENTERPRISE_USER)) {
                throw ScimError.invalidSyntax("unknown attribute '" + key + "': not in the User schema or the "
                        + "enterprise extension");
            }
        }
        if (ScimTree.get(user, "password") != null) {
            throw ScimError.invalidValue("password: accounts provisioned here sign in through the identity "
                    + "provider; a password is not taken");
        }
        String userName = text(user, "userName", "userName");
        if (userName == null) {
            throw ScimError.invalidValue("userName is required");
        }
        Map<String, Object> name = complex(user, "name", "name");
        String formatted = name == null ? null : text(name, "formatted", "name.formatted");
        String given = name == null ? null : text(name, "givenName", "name.givenName");
        String family = name == null ? null : text(name, "familyName", "name.familyName");
        String displayName = text(user, "displayName", "displayName");
        String fullName = formatted != null ? formatted : displayName != null ? displayName
                : given != null || family != null ? ((given == null ? "" : given) + " "
                        + (family == null ? "" : family)).strip() : userName;
        String email = primaryEmail(user);
        if (email == null && userName.contains("@")) {
            email = userName;
        }
        if (email == null) {
            throw ScimError.invalidValue("emails: an e-mail address is required (or a userName that is one)");
        }
        Object active = ScimTree.get(user, "active");
        Map<String, Object> enterprise = complex(user, ScimSchemas.ENTERPRISE_USER, ScimSchemas.ENTERPRISE_USER);
        String department = enterprise == null ? null : text(enterprise, "department",
                ScimSchemas.ENTERPRISE_USER + ":department");
        return new ScimUserInput(userName.strip(), text(user, "externalId", "externalId"), fullName, given, family,
                email.strip(), active == null || bool(active, "active"), department);
    }

    /** A boolean, also as sent by Entra ID: the text "True" or "False" in any case. */
    public static boolean bool(Object value, String where) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof String text && (text.strip().equalsIgnoreCase("true")
                || text.strip().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(text.strip().toLowerCase(Locale.ROOT));
        }
        throw ScimError.invalidValue(where + " must be true or false, not " + (value instanceof String
                ? "'" + value + "'" : String.valueOf(value)));
    }

    private static String primaryEmail(Map<String, Object> user) {
        Object emails = ScimTree.get(user, "emails");
        if (emails == null) {
            return null;
        }
        if (!(emails instanceof List<?> list)) {
            throw ScimError.invalidValue("emails must be an array");
        }
        String first = null;
        String work = null;
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?>)) {
                throw ScimError.invalidValue("emails[" + i + "] must be an object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> email = (Map<String, Object>) list.get(i);
            String value = text(email, "value", "emails[" + i + "].value");
            if (value == null) {
                continue;
            }
            Object primary = ScimTree.get(email, "primary");
            if (primary != null && bool(primary, "emails[" + i + "].primary")) {
                return value;
            }
            if (work == null && "work".equalsIgnoreCase(String.valueOf(ScimTree.get(email, "type")))) {
                work = value;
            }
            if (first == null) {
                first = value;
            }
        }
        return work != null ? work : first;
    }

    private static String text(Map<String, Object> map, String name, String where) {
        Object value = ScimTree.get(map, name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw ScimError.invalidValue(where + " must be text");
        }
        return text.isBlank() ? null : text.strip();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> complex(Map<String, Object> map, String name, String where) {
        Object value = ScimTree.get(map, name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?>)) {
            throw ScimError.invalidValue(where + " must be an object");
        }
        return (Map<String, Object>) value;
    }
}
