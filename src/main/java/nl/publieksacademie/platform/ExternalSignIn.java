package nl.publieksacademie.platform;

import jakarta.security.enterprise.credential.Credential;

/**
 * A sign-in that an identity provider vouched for (see {@code identity.SingleSignOn}): the staff member it was mapped
 * to, the provider and its ID token (kept in the session as the hint for signing out there too).
 */
public record ExternalSignIn(long staffId, String provider, String idToken) implements Credential {}
