package nl.publieksacademie.staff;

import java.util.Arrays;
import java.util.Optional;

/** The front-office job roles; the codes match the role target profiles in {@code courses/competencies.yaml}. */
public enum JobRole {
    BALIEMEDEWERKER("baliemedewerker"),
    KCC_MEDEWERKER("kcc-medewerker"),
    WMO_CONSULENT("wmo-consulent"),
    TEAMLEIDER("teamleider");

    private final String code;

    JobRole(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Bundle key of the role's display name. */
    public String labelKey() {
        return "jobRole." + code;
    }

    public static Optional<JobRole> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase();
        return Arrays.stream(values()).filter(r -> r.code.equals(wanted)).findFirst();
    }
}
