package nl.publieksacademie.courses.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /verify/<code>}: the public check of a certificate code, shown by {@code /verify.xhtml}. Open to
 * anyone; it shows only whether the code is valid, the course and the date.
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

    static final String CODE = "pa.certificateCode";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String code = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        request.setAttribute(CODE, code.toUpperCase(java.util.Locale.ROOT));
        request.getRequestDispatcher("/verify.xhtml").forward(request, response);
    }
}
