package nl.publieksacademie.authoring;

import nl.publieksacademie.courses.control.CourseReader;

/** A course folder that cannot be published because it has errors; nothing was stored. */
public class InvalidCourse extends RuntimeException {
    private final transient CourseReader.Read read;

    public InvalidCourse(CourseReader.Read read) {
        super(read.errors().size() + " error(s) in the course");
        this.read = read;
    }

    public CourseReader.Read read() {
        return read;
    }
}
