package nl.publieksacademie.platform;

import java.util.List;

/** The system roles. A person may hold several; each page area and REST path names the roles it admits. */
public final class Roles {
    public static final String LEARNER = "learner";
    public static final String TRAINER = "trainer";
    public static final String HR = "hr";
    public static final String ADMIN = "admin";
    public static final List<String> ALL = List.of(LEARNER, TRAINER, HR, ADMIN);

    private Roles() {}
}
