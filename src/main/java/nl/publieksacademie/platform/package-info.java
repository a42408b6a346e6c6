/**
 * Cross-cutting platform: the data source and its migrations, sign-in and roles, security headers, i18n, the audit
 * log, health and start-up. Owns no business rules; other components depend on it, it depends on none of them.
 */
package nl.publieksacademie.platform;
