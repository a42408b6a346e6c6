/**
 * SCIM 2.0 provisioning (RFC 7643, 7644): a provisioning client such as Microsoft Entra ID or Keycloak keeps the staff
 * list through {@code /scim/v2/Users} and {@code /scim/v2/Groups} with a bearer token of its own. Users are staff
 * members; Groups give roles, team and job role through the same mapping as single sign-on. It never deletes a
 * person (only deactivates, which ends their sessions through the account's security stamp) and never looks at a
 * session or cookie. Filters and PATCH are parsed by small strict code here ({@link
 * nl.publieksacademie.identity.scim.ScimFilter}, {@link nl.publieksacademie.identity.scim.ScimPatch}) over JSON-P.
 */
package nl.publieksacademie.identity.scim;
