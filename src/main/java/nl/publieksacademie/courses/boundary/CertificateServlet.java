package nl.publieksacademie.courses.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.publieksacademie.platform.Language;
import nl.publieksacademie.platform.Messages;
import nl.publieksacademie.platform.NotFound;
import nl.publieksacademie.staff.MyAccount;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /learner/certificate?course=<slug>}: the signed-in learner's certificate of a completed course as PDF.
 * Learners only (the {@code /learner/*} constraint); a course not completed answers 404.
 */
@WebServlet("/learner/certificate")
public class CertificateServlet extends HttpServlet {

    @Inject
    Enrolments enrolments;

    @Inject
    MyAccount account;

    @Inject
    Messages messages;

    @Inject
    Language language;

    /** Where the academy is reached; never the request's Host header, which anyone can set. */
    @Inject
    @ConfigProperty(name = "pa.public-url")
    String publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String slug = request.getParameter("course");
        Enrolments.Certificate certificate;
        try {
            certificate = enrolments.certificate(account.getMe(), slug == null ? "" : slug);
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String verify = publicUrl.replaceAll("/+$", "") + "/verify/" + certificate.code();
        byte[] pdf = CertificatePdf.render(certificate, language.getLocale(),
                key -> messages.text(language.getLocale(), key), verify);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"certificaat-" + slug + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
