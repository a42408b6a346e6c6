package nl.publieksacademie.courses.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One file of a course version (course.yaml, a lesson, a quiz or an image), as imported. */
@Entity
@Table(name = "course_file")
@IdClass(CourseFile.Key.class)
@NamedQuery(name = CourseFile.OF_VERSION,
        query = "SELECT f FROM CourseFile f WHERE f.courseVersionId = :version ORDER BY f.name")
public class CourseFile {
    public static final String OF_VERSION = "CourseFile.ofVersion";

    /** The composite key. */
    public static class Key implements Serializable {
        private Long courseVersionId;
        private String name;

        public Key() {}

        public Key(Long courseVersionId, String name) {
            this.courseVersionId = courseVersionId;
            this.name = name;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(courseVersionId, k.courseVersionId)
                    && Objects.equals(name, k.name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(courseVersionId, name);
        }
    }

    @Id
    @Column(name = "course_version_id")
    private Long courseVersionId;

    @Id
    private String name;

    @Lob
    private byte[] content;

    protected CourseFile() {}

    public CourseFile(Long courseVersionId, String name, byte[] content) {
        this.courseVersionId = courseVersionId;
        this.name = name;
        this.content = content.clone();
    }

    public String getName() { return name; }
    public byte[] getContent() { return content.clone(); }
}
