package nl.publieksacademie.staff;

import nl.publieksacademie.platform.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.publieksacademie.platform.Roles;

/**
 * What an admin enters for a staff member, from the page, the API or a CSV line. {@link #check()} finds every
 * problem that needs no database; uniqueness is checked by {@link Staff}.
 */
public record StaffForm(
        String fullName, String email, String username, Long teamId, String jobRole, Set<String> roles,
        boolean active, String password) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9._@+-]{2,120}$");
    static final int MIN_PASSWORD = 8;

    public StaffForm {
        fullName = trim(fullName);
        email = trim(email) == null ? null : trim(email).toLowerCase();
        username = trim(username) == null ? email : trim(username).toLowerCase();
        jobRole = trim(jobRole);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        password = password == null || password.isEmpty() ? null : password;
    }

    public List<Problem> check() {
        List<Problem> problems = new ArrayList<>();
        if (fullName == null) {
            problems.add(Problem.onField("fullName", "staff.error.nameRequired"));
        } else if (fullName.length() > 200) {
            problems.add(Problem.onField("fullName", "staff.error.nameTooLong", 200));
        }
        if (email == null) {
            problems.add(Problem.onField("email", "staff.error.emailRequired"));
        } else if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            problems.add(Problem.onField("email", "staff.error.emailInvalid", email));
        }
        if (username != null && !USERNAME.matcher(username).matches()) {
            problems.add(Problem.onField("username", "staff.error.usernameInvalid", username));
        }
        if (jobRole != null && JobRole.byCode(jobRole).isEmpty()) {
            problems.add(Problem.onField("jobRole", "staff.error.jobRoleUnknown", jobRole));
        }
        for (String role : roles) {
            if (!Roles.ALL.contains(role)) {
                problems.add(Problem.onField("roles", "staff.error.roleUnknown", role));
            }
        }
        if (password != null && password.length() < MIN_PASSWORD) {
            problems.add(Problem.onField("password", "staff.error.passwordShort", MIN_PASSWORD));
        }
        return problems;
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
