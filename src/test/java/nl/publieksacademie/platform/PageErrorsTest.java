package nl.publieksacademie.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages answer by what a bean threw, however deep Faces and EL wrapped it. */
class PageErrorsTest {

    @Test
    void theStatusIsFoundThroughTheWrapping() {
        assertEquals(404, PageErrors.status(new FacesException(new ELException(new NotFound("course nope")))));
        assertEquals(404, PageErrors.status(new ServletException(new FacesException(new NotFound("attempt", 7)))));
        assertEquals(400, PageErrors.status(new ViewExpiredException("garbage", "/login.xhtml")));
        assertEquals(400, PageErrors.status(new FacesException(new InvalidInput(List.of(Problem.onField("x", "k"))))));
        assertEquals(503, PageErrors.status(new FacesException(new DatabaseBusy(new RuntimeException("40XL1")))));
    }

    @Test
    void anyOtherFailureIsLeftToFacesAsAServerError() {
        assertEquals(0, PageErrors.status(new FacesException(new IllegalStateException("a bug"))));
        assertEquals(0, PageErrors.status(new NullPointerException()));
    }

    @Test
    void aFailureIsLoggedOnOneLineEvenWhenItsMessageCarriesALineBreakFromTheAddress() {
        assertEquals("NotFound: scenario x? FAKE ENTRY not found",
                PageErrors.oneLine(new NotFound("scenario x\n FAKE ENTRY")));
    }
}
