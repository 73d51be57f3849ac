/** Teams and role-based access, with the team key wrapped per member. */
package pro.keyhaven.teams;
