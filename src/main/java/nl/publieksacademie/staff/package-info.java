/**
 * Staff members, teams and their accounts: the admin pages, the CSV import and the {@code /api/staff} and
 * {@code /api/teams} resources. Owns who a person is and which roles they hold, and decides in one place who may see
 * or act on whom ({@link nl.publieksacademie.staff.PersonAccess}: roles plus HR's department grants); never reads
 * learning results.
 */
package nl.publieksacademie.staff;
