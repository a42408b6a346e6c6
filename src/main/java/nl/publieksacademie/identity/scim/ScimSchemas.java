package nl.publieksacademie.identity.scim;

import java.util.Map;
import java.util.Set;

/** The schema URNs and attribute names this service provider knows (RFC 7643), lower case for look-ups. */
public final class ScimSchemas {

    public static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    public static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    public static final String ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    public static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    public static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
    public static final String SERVICE_PROVIDER_CONFIG = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
    public static final String RESOURCE_TYPE = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
    public static final String SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";

    /** Common attributes (RFC 7643 section 3.1) and the User schema's (section 4.1), all accepted on input. */
    static final Set<String> USER_ATTRIBUTES = Set.of("schemas", "id", "externalid", "meta", "username", "name",
            "displayname", "nickname", "profileurl", "title", "usertype", "preferredlanguage", "locale", "timezone",
            "active", "password", "emails", "phonenumbers", "ims", "photos", "addresses", "groups", "entitlements",
            "roles", "x509certificates");
    static final Set<String> ENTERPRISE_ATTRIBUTES = Set.of("employeenumber", "costcenter", "organization",
            "division", "department", "manager");
    static final Set<String> GROUP_ATTRIBUTES = Set.of("schemas", "id", "externalid", "meta", "displayname",
            "members");

    static final Map<String, Set<String>> USER_PATHS = Map.of("", USER_ATTRIBUTES, ENTERPRISE_USER,
            ENTERPRISE_ATTRIBUTES);
    static final Map<String, Set<String>> GROUP_PATHS = Map.of("", GROUP_ATTRIBUTES);

    private ScimSchemas() {}
}
