package nl.publieksacademie.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * REST lives under {@code /api}; every resource names its roles with {@code @RolesAllowed}, and
 * {@link CrossSiteRequests} refuses writes another site could have sent.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "PublieksAcademie API", version = "1",
                description = "Staff, teams and learning content of the PublieksAcademie. HTTP Basic sign-in; "
                        + "keep the session cookie to avoid a password check on every call."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                // enforce @RolesAllowed on resources
                "jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature",
                // API errors stay API responses instead of becoming the pages' HTML error pages
                "jersey.config.server.response.setStatusOverSendError", true,
                // no application.wadl: the OpenAPI description at /openapi is the documented one
                "jersey.config.server.wadl.disableWadl", true);
    }
}
