package nl.publieksacademie.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;

import java.io.IOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A small HTTP client with its own cookie jar: signs in through the login page like a browser, or uses Basic. */
public final class Http {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]+)\"");

    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String basic;

    public Http(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public Http basic(String user, String password) {
        basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A GET that may take long (the OpenAPI description is built on its first request). */
    public HttpResponse<String> get(String path, Duration timeout) {
        return send(request(path).timeout(timeout).GET());
    }

    /** A GET whose body is kept as bytes (downloads such as PDFs). */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A POST with extra headers given as name, value pairs. */
    public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> postWithHeader(String path, String header, String value, String form) {
        return send(request(path).header(header, value).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public HttpResponse<String> put(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    /**
     * Any method, with a content type (none when null), a body (none when null) and extra headers as name, value
     * pairs: for requests shaped like those a page on another site could make.
     */
    public HttpResponse<String> call(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = request(path);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** An answer read off a socket: status, the header lines as sent, and the body. */
    public record Raw(int status, String head, byte[] body) {}

    /**
     * A GET with the session cookie and a {@code Host} header of the caller's choice, written on a socket by hand
     * (java.net.http refuses to send a Host header of its own). The server must answer with a Content-Length.
     */
    public Raw getWithHost(String path, String host) {
        String cookie = cookies.getCookieStore().get(base).stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        String head = "GET " + base.resolve(path).getRawPath()
                + (base.resolve(path).getRawQuery() == null ? "" : "?" + base.resolve(path).getRawQuery())
                + " HTTP/1.1\r\nHost: " + host + "\r\nCookie: " + cookie + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            byte[] answer = socket.getInputStream().readAllBytes();
            String text = new String(answer, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new AssertionError("no HTTP answer: " + text);
            }
            int status = Integer.parseInt(text.substring(9, 12));
            return new Raw(status, text.substring(0, end), Arrays.copyOfRange(answer, end + 4, answer.length));
        } catch (IOException e) {
            throw new AssertionError("request failed", e);
        }
    }

    /** Signs in through the login form; answers the response to the form post (a redirect when it worked). */
    public HttpResponse<String> signIn(String user, String password) {
        return signIn(user, password, "");
    }

    /** Signs in with the page to return to, as the login page carries it after a redirect. */
    public HttpResponse<String> signIn(String user, String password, String next) {
        HttpResponse<String> page = get("login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:next", next);
        form.put("login:username", user);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        form.put("primefaces.nonce", nonce(page.body()));
        return post("login.xhtml", "application/x-www-form-urlencoded", encode(form));
    }

    /** The body of {@code response} as a JSON object. */
    public static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** The body of {@code response} as a JSON array. */
    public static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    public static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no view state in page: " + html);
        }
        return matcher.group(1);
    }

    /** PrimeFaces checks that a postback carries the script nonce of the page it came from, as its script does. */
    public static String nonce(String html) {
        Matcher matcher = NONCE.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no script nonce in page: " + html);
        }
        return matcher.group(1);
    }

    public static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (basic != null) {
            builder.header("Authorization", basic);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
