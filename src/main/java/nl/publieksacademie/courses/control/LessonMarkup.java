package nl.publieksacademie.courses.control;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.publieksacademie.content.control.Findings;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Lessons: CommonMark to HTML through the OWASP sanitizer, which keeps text structure (headings from h2, lists,
 * quotes, code, emphasis), {@code https:}/{@code mailto:} links and images from the course folder, and drops
 * everything else (raw HTML, scripts, event handlers, other link protocols). The check finds what would be
 * dropped or broken, with line and column, before a lesson is imported.
 */
public final class LessonMarkup {

    public static final int MAX_SIZE = 100 * 1024;
    public static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg", "gif", "webp", "svg");

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "blockquote",
                    "code", "pre", "hr", "br", "a", "img")
            .allowUrlProtocols("https", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("src", "alt").onElements("img")
            .allowAttributes("start").matching(java.util.regex.Pattern.compile("[0-9]{1,4}")).onElements("ol")
            .requireRelNofollowOnLinks()
            .toFactory();

    private LessonMarkup() {}

    /**
     * Safe HTML for a lesson; {@code imageUrl} turns a file name from the course folder into the address the
     * browser loads it from.
     */
    public static String html(String markdown, UnaryOperator<String> imageUrl) {
        Node document = PARSER.parse(markdown);
        List<Node> html = new java.util.ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.max(2, heading.getLevel()));
                visitChildren(heading);
            }

            @Override
            public void visit(HtmlBlock block) {
                html.add(block);
            }

            @Override
            public void visit(HtmlInline inline) {
                html.add(inline);
            }

            @Override
            public void visit(Image image) {
                if (isLocal(image.getDestination())) {
                    image.setDestination(imageUrl.apply(image.getDestination()));
                }
                visitChildren(image);
            }
        });
        html.forEach(Node::unlink);
        return POLICY.sanitize(HtmlRenderer.builder().escapeHtml(true).build().render(document));
    }

    /** Checks a lesson: images that exist in the folder with a description, links that are kept, no raw HTML. */
    public static void check(String markdown, Set<String> folderFiles, Findings findings) {
        if (markdown.isBlank()) {
            findings.error("", "lesson.empty");
            return;
        }
        Node document = PARSER.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() == 1) {
                    warn(heading, "lesson.topHeading");
                }
                visitChildren(heading);
            }

            @Override
            public void visit(Image image) {
                String target = image.getDestination();
                String type = target.substring(target.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                if (!isLocal(target)) {
                    error(image, "lesson.remoteImage", target);
                } else if (!IMAGE_TYPES.contains(type)) {
                    error(image, "lesson.imageType", target);
                } else if (!folderFiles.contains(target)) {
                    error(image, "lesson.missingImage", target);
                }
                if (altText(image).isBlank()) {
                    error(image, "lesson.imageAlt", target);
                }
            }

            @Override
            public void visit(Link link) {
                String target = link.getDestination().toLowerCase(Locale.ROOT);
                if (!target.startsWith("https:") && !target.startsWith("mailto:")) {
                    error(link, "lesson.badLink", link.getDestination());
                }
                visitChildren(link);
            }

            @Override
            public void visit(HtmlBlock html) {
                warn(html, "lesson.html");
            }

            @Override
            public void visit(HtmlInline html) {
                warn(html, "lesson.html");
            }

            private void error(Node node, String key, Object... args) {
                findings.errorAt("", at(node), key, args);
            }

            private void warn(Node node, String key) {
                findings.warningAt("", at(node), key);
            }
        });
    }

    /** The images a lesson shows from its folder. */
    public static List<String> images(String markdown) {
        List<String> images = new java.util.ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                if (isLocal(image.getDestination())) {
                    images.add(image.getDestination());
                }
            }
        });
        return images;
    }

    private static boolean isLocal(String destination) {
        return !destination.contains(":") && !destination.startsWith("/") && !destination.contains("..")
                && !destination.startsWith("#");
    }

    private static String altText(Image image) {
        StringBuilder text = new StringBuilder();
        for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            }
        }
        return text.toString();
    }

    private static Findings.Position at(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return new Findings.Position(1, 1);
        }
        return new Findings.Position(spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1);
    }
}
