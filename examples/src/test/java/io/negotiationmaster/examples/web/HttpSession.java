package io.negotiationmaster.examples.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A plain HTTP client that keeps the cookies it is given, like a browser tab would (without following redirects). */
final class HttpSession {
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(20)).build();
    final Map<String, String> cookies = new LinkedHashMap<>();
    final List<String> setCookieHeaders = new java.util.ArrayList<>();
    private final WebTestServer server;

    HttpSession(WebTestServer server) {
        this.server = server;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).GET());
    }

    HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader());
        }
        request.timeout(Duration.ofSeconds(60));
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                setCookieHeaders.add(header);
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq);
                String value = pair.substring(eq + 1);
                if (value.isEmpty() || header.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    String cookieHeader() {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    /** Registers, verifies and logs in {@code name}; returns this session, now signed in. */
    HttpSession signedIn(String name) {
        HttpResponse<String> signup = post("/auth/signup", "{\"email\":\"" + name + "@example.com\",\"username\":\""
                + name + "\",\"password\":\"a-long-passphrase-" + name + "\",\"firstName\":\"" + name
                + "\",\"lastName\":\"Tester\"}");
        if (signup.statusCode() != 201) {
            throw new IllegalStateException("signup failed: " + signup.statusCode() + " " + signup.body());
        }
        String token = signup.body().replaceAll(".*token=([^\"]+)\".*", "$1");
        String decoded = java.net.URLDecoder.decode(token, java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> verified = post("/auth/verify", "{\"token\":\"" + decoded + "\"}");
        if (verified.statusCode() != 200) {
            throw new IllegalStateException("verify failed: " + verified.statusCode() + " " + verified.body());
        }
        HttpResponse<String> login = post("/auth/login", "{\"login\":\"" + name + "\",\"password\":\"a-long-passphrase-"
                + name + "\"}");
        if (login.statusCode() != 200) {
            throw new IllegalStateException("login failed: " + login.statusCode() + " " + login.body());
        }
        return this;
    }

    /** Starts the used-car negotiation and returns its id. */
    String startUsedCar() {
        HttpResponse<String> started = post("/api/negotiations", "{\"scenario\":\"used-car-honda-accord\"}");
        if (started.statusCode() != 201) {
            throw new IllegalStateException("start failed: " + started.statusCode() + " " + started.body());
        }
        return started.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }
}
