/**
 * HR competency reports: the team × competency heatmap, team and person views, trends and exports, with access
 * limited to the departments an admin granted each HR user, and every opening of individual data audited.
 */
package nl.publieksacademie.reports;
