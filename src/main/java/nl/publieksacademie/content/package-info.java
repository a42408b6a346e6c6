/**
 * Authored content files: reading YAML with positions ({@code control.YamlTree}), findings with file, line,
 * column and path, the start-up import of {@code courses/} and {@code scenarios/} as new versions, the import
 * status pages and the validate endpoint. An invalid file never replaces the last good version.
 */
package nl.publieksacademie.content;
