/**
 * Authoring in the browser: scenario drafts with optimistic locking, publishing, import and export in the file
 * format, version history and comparison, the editor, playtest and path analytics.
 */
package nl.publieksacademie.authoring;
