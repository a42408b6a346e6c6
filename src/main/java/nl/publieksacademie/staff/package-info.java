/**
 * Staff members, teams and their accounts: the admin pages, the CSV import and the {@code /api/staff} and
 * {@code /api/teams} resources. Owns who a person is and which roles they hold; never reads learning results.
 */
package nl.publieksacademie.staff;
