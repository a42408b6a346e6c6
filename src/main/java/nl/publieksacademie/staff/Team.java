package nl.publieksacademie.staff;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;

/** A team within a department (afdeling), e.g. "Balie Stadhuis" in Burgerzaken. */
@Entity
@NamedQuery(name = Team.ALL, query = "SELECT t FROM Team t ORDER BY t.department, t.name")
@NamedQuery(name = Team.BY_NAME, query = "SELECT t FROM Team t WHERE LOWER(t.name) = LOWER(:name)")
public class Team implements java.io.Serializable {
    public static final String ALL = "Team.all";
    public static final String BY_NAME = "Team.byName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String department;

    @Version
    private int version;

    protected Team() {}

    public Team(String name, String department) {
        this.name = name;
        this.department = department;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public int getVersion() { return version; }
}
