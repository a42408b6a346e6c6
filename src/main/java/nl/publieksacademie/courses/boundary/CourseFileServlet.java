package nl.publieksacademie.courses.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /learner/course-file/<version id>/<name>}: an image of a course version, for its lessons. Only image
 * types are served; a version never changes, so browsers may keep the file for a day.
 */
@WebServlet("/learner/course-file/*")
public class CourseFileServlet extends HttpServlet {

    static final Map<String, String> TYPES = Map.of("png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg",
            "gif", "image/gif", "webp", "image/webp", "svg", "image/svg+xml");

    /**
     * A diagram may style itself, nothing more: no script, no fetch, sandboxed even when opened on its own (the reader
     * already refuses scripts and outside references in an SVG; this holds should one slip through).
     */
    static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    @Inject
    Courses courses;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        int slash = path.indexOf('/');
        String name = slash < 0 ? "" : path.substring(slash + 1);
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        Optional<byte[]> image = Optional.empty();
        if (slash > 0 && type != null && path.substring(0, slash).matches("[0-9]{1,18}")) {
            image = courses.image(Long.valueOf(path.substring(0, slash)), name);
        }
        if (image.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type);
        if (type.equals(TYPES.get("svg"))) {
            response.setHeader("Content-Security-Policy", SVG_POLICY);
        }
        response.setHeader("Cache-Control", "private, max-age=86400");
        response.setContentLength(image.get().length);
        response.getOutputStream().write(image.get());
    }
}
