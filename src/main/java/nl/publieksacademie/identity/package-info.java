/**
 * Sign-in through the municipality's own identity providers (OpenID Connect): the providers as configured
 * ({@code pa.oidc.providers}), the authorization code flow with PKCE, the mapping of a provider's claims and groups to
 * a staff member's name, e-mail, roles, team and job role (created on first sign-in, updated at each), sign-out at the
 * provider, and the provider's bearer tokens for API clients. Every token is checked by Nimbus (signature against the
 * provider's published keys, issuer, audience, expiry, nonce); never by code of our own. The session it starts is the
 * same as a local sign-in's, so revocation by the security stamp works alike.
 */
package nl.publieksacademie.identity;
